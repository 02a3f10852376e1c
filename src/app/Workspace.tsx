import { useT } from '../i18n/react';
import { loadSection } from '../i18n/problems';
import { changesBetween } from '../model';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useAfterPaint } from '../platform/useAfterPaint';
import type { Dataset } from '../domain';
import { atlasStore, selectLook, useAtlas } from '../store';
import { LegendPanel } from '../components/LegendPanel';
import { StatusLine } from '../components/StatusLine';
import { Notices } from '../components/Notices';
import { useTheme } from '../store';
import { legendFor } from '../scene/networkScene';
import { timelineLegend } from '../scene/timelineScene';
import { NetworkView } from '../views/network/NetworkView';
import { useVisibleGraph } from '../views/network/useVisibleGraph';
import { usePath } from '../views/network/usePath';
import { Toolbar } from './Toolbar';
import { DatasetSourceBar } from './OpenDataset';
import { FilterPanel } from '../components/FilterPanel';
// What a click opens loads with the first click, not with the first picture.
const DetailsPanel = lazy(() =>
  withFeatureWords(import('../components/DetailsPanel')).then((m) => ({
    default: m.DetailsPanel,
  })),
);
const MeasuresPanel = lazy(() =>
  withFeatureWords(import('../components/MeasuresPanel')).then((m) => ({
    default: m.MeasuresPanel,
  })),
);
/** A lazily loaded view or panel, once its words are loaded too. */
function withFeatureWords<M>(module: Promise<M>): Promise<M> {
  return Promise.all([module, loadSection('features')]).then(([m]) => m);
}
const ChangesPanel = lazy(() =>
  withFeatureWords(import('../components/ChangesPanel')).then((m) => ({
    default: m.ChangesPanel,
  })),
);
const MatrixView = lazy(() =>
  withFeatureWords(import('../views/lazyViews')).then((m) => ({ default: m.MatrixView })),
);
const PathPanel = lazy(() =>
  import('../components/PathPanel').then((m) => ({ default: m.PathPanel })),
);
// The timeline (its layout, axis and brush) loads when first shown: the network comes first.
// The tables, the text alternative to the drawings, load when first asked for.
const TableView = lazy(() => import('../views/lazyViews').then((m) => ({ default: m.TableView })));
const CompareView = lazy(() =>
  withFeatureWords(import('../views/lazyViews')).then((m) => ({ default: m.CompareView })),
);
const TimelineView = lazy(() =>
  import('../views/lazyViews').then((m) => ({ default: m.TimelineView })),
);

/** The loaded app: toolbar, filters, the active view, legend and details. */
export function Workspace({ dataset }: { dataset: Dataset }) {
  const graph = useVisibleGraph(dataset);
  const timelineGraph = useVisibleGraph(dataset, { timeless: true });
  // The toolbar shows the chosen view at once; mounting it follows after that paint.
  const view = useAfterPaint(useAtlas((s) => s.view));
  const showNetwork = view === 'network' || view === 'split';
  const showTimeline = view === 'timeline' || view === 'split';
  const focus = useAtlas((s) => s.focus);
  // The highlight of a clicked node is drawn at once; its details (hundreds of ties for a large
  // body) follow after that paint.
  const detailsFocus = useAfterPaint(focus);
  const hops = useAtlas((s) => s.hops);
  const states = useAtlas((s) => s.states);
  const look = useAtlas(selectLook);
  const measuresOpen = useAtlas((s) => s.measures);
  const connectFrom = useAtlas((s) => s.connectFrom);
  const pathEnds = useAtlas((s) => s.path);
  const via = useAtlas((s) => s.via);
  const shortest = usePath(graph, pathEnds, via);
  const diff = useAtlas((s) => s.diff);
  const from = useAtlas((s) => s.from);
  const to = useAtlas((s) => s.to);
  const changes = useMemo(
    () => (diff && from && to && !pathEnds ? changesBetween(graph, from, to) : null),
    [diff, from, to, pathEnds, graph],
  );
  // What began in the period is drawn highlighted, as a path is (a path, when asked for, wins).
  const path = useMemo(
    () =>
      changes ? { paths: [], nodes: changes.addedNodes, edges: changes.addedEdges } : shortest,
    [changes, shortest],
  );
  const theme = useTheme();
  const t = useT();
  const node = detailsFocus ? dataset.nodeById.get(detailsFocus) : undefined;

  useEffect(() => {
    const missing = pathEnds?.find((id) => !dataset.nodeById.has(id));
    if (missing) {
      atlasStore.getState().addNotices([{ id: 'notice.path.unknown', values: { id: missing } }]);
      atlasStore.getState().clearPath();
    }
  }, [dataset, pathEnds]);
  useEffect(() => {
    if (focus && !dataset.nodeById.has(focus)) {
      atlasStore.getState().addNotices([{ id: 'notice.focus.unknown', values: { id: focus } }]);
      atlasStore.getState().select(null);
    }
  }, [dataset, focus]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target as Element)?.closest?.('input,select,textarea')) {
        const s = atlasStore.getState();
        if (s.connectFrom || s.path) s.clearPath();
        else if (s.focus) s.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const s = atlasStore.getState();
  return (
    <div className="workspace">
      <a className="skip-link" href="#main">
        {t('workspace.skip')}
      </a>
      <Toolbar dataset={dataset} />
      <DatasetSourceBar dataset={dataset} />
      <Notices />
      <div className="main">
        <FilterPanel dataset={dataset} />
        <main id="main" className={`stages stages--${view}`} tabIndex={-1}>
          {showNetwork && (
            <section className="stage" aria-label={t('workspace.network')}>
              <NetworkView dataset={dataset} graph={graph} path={path} />
              <div className="overlay bottom-left">
                <LegendPanel entries={legendFor(graph, look)} theme={theme} />
              </div>
              <StatusLine dataset={dataset} graph={graph} />
              {changes && from && to && (
                <Suspense fallback={null}>
                  <ChangesPanel dataset={dataset} changes={changes} from={from} to={to} />
                </Suspense>
              )}
              {measuresOpen && (
                <div className="overlay top-right">
                  <Suspense fallback={null}>
                    <MeasuresPanel dataset={dataset} />
                  </Suspense>
                </div>
              )}
              {(pathEnds || connectFrom) && (
                <Suspense fallback={null}>
                  <PathPanel
                    dataset={dataset}
                    path={path}
                    ends={pathEnds}
                    connectFrom={connectFrom}
                  />
                </Suspense>
              )}
            </section>
          )}
          {showTimeline && (
            <section className="stage" aria-label={t('workspace.timeline')}>
              <Suspense
                fallback={
                  <p className="stage-loading" role="status">
                    {t('workspace.loadingTimeline')}
                  </p>
                }
              >
                <TimelineView dataset={dataset} graph={timelineGraph} />
              </Suspense>
              {!showNetwork && (
                <>
                  <div className="overlay bottom-left">
                    <LegendPanel entries={timelineLegend(timelineGraph.nodes)} theme={theme} />
                  </div>
                  <StatusLine dataset={dataset} graph={graph} />
                </>
              )}
            </section>
          )}
          {view === 'matrix' && (
            <section className="stage" aria-label={t('workspace.matrix')}>
              <Suspense fallback={null}>
                <MatrixView graph={graph} />
              </Suspense>
            </section>
          )}
          {view === 'compare' && (
            <section className="stage" aria-label={t('workspace.compare')}>
              <Suspense fallback={null}>
                <CompareView dataset={dataset} />
              </Suspense>
            </section>
          )}
          {view === 'table' && (
            <section className="stage" aria-label={t('workspace.table')}>
              <Suspense fallback={null}>
                <TableView dataset={dataset} graph={graph} />
              </Suspense>
            </section>
          )}
        </main>
        {/* However the node was chosen (pointer, search, table, link), a screen reader hears it. */}
        <p className="visually-hidden" aria-live="polite">
          {node ? t('details.shown', { name: node.name }) : ''}
        </p>
        {node && (
          <Suspense fallback={null}>
            <DetailsPanel
              dataset={dataset}
              node={node}
              hops={hops}
              connecting={connectFrom === node.id}
              onSelect={(id) => s.focusNode(id)}
              onClose={() => s.select(null)}
              onHops={(h) => s.setHops(h)}
              onConnect={() => (connectFrom ? s.clearPath() : s.startConnect(node.id))}
              statesHidden={!states}
              onShowStates={() => s.setStatesLayer(true)}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
