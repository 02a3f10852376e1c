import { useEffect } from 'react';
import type { DataEdge, DataNode, Dataset, RelationshipType } from '../domain';
import { RELATIONSHIP_TYPES, formatDate } from '../domain';
import { localName } from '../i18n/names';
import { nodeColour } from '../scene/networkScene';
import { StateProfile } from './StateProfile';
import { StatesSummary } from './StatesSummary';
import { t as translate } from '../i18n';
import { term } from '../i18n/terms';
import { useT } from '../i18n/react';
import { SourceLinks } from './SourceLinks';
import { Lifecycle } from './Lifecycle';

export interface DetailsPanelProps {
  dataset: Dataset;
  node: DataNode;
  hops: number | null;
  onSelect(id: string): void;
  onClose(): void;
  onHops(hops: number | null): void;
  onConnect(): void;
  connecting: boolean;
  /** The states layer is off (a chosen state is then shown on its own). */
  statesHidden?: boolean;
  onShowStates?(): void;
}

/** Inverse wording, for ties that point at the selected node (message ids). */
const INCOMING: Record<RelationshipType, string> = {
  'member-of': 'details.incoming.memberOf',
  'part-of': 'details.incoming.partOf',
  'established-by': 'details.incoming.establishedBy',
  'adopted-by': 'details.incoming.adoptedBy',
  mandates: 'details.incoming.mandates',
  'party-to': 'details.incoming.partyTo',
  'signatory-of': 'details.incoming.signatoryOf',
  supplements: 'details.incoming.supplements',
  supersedes: 'details.incoming.supersedes',
  'builds-on': 'details.incoming.buildsOn',
  implements: 'details.incoming.implements',
  'cooperates-with': 'details.incoming.cooperatesWith',
};

interface Group {
  key: string;
  title: string;
  items: { edge: DataEdge; other: DataNode }[];
}

export function groupConnections(dataset: Dataset, nodeId: string): Group[] {
  const groups = new Map<string, Group>();
  for (const edge of dataset.edgesByNode.get(nodeId) ?? []) {
    const outgoing = edge.source === nodeId;
    const undirected = edge.type === 'cooperates-with';
    const key = undirected ? edge.type : `${edge.type}:${outgoing ? 'out' : 'in'}`;
    // Group titles are worded in the active language, as of the call.
    const title = outgoing || undirected ? term('rel', edge.type) : translate(INCOMING[edge.type]);
    const other = dataset.nodeById.get(outgoing ? edge.target : edge.source)!;
    const group = groups.get(key) ?? groups.set(key, { key, title, items: [] }).get(key)!;
    group.items.push({ edge, other });
  }
  const order = (k: string) =>
    RELATIONSHIP_TYPES.indexOf(k.split(':')[0] as RelationshipType) * 2 +
    (k.endsWith(':in') ? 1 : 0);
  return [...groups.values()]
    .sort((a, b) => order(a.key) - order(b.key))
    .map((g) => ({
      ...g,
      items: g.items.sort((a, b) =>
        (a.other.shortName ?? a.other.name).localeCompare(b.other.shortName ?? b.other.name),
      ),
    }));
}

function Dates({ node }: { node: DataNode }) {
  const t = useT();
  const rows: [string, string][] = [];
  const startLabel =
    node.type === 'organization'
      ? t('details.founded')
      : node.kind === 'treaty' || node.kind === 'protocol'
        ? t('details.openedForSignature')
        : t('details.adopted');
  if (node.start)
    rows.push([
      startLabel,
      node.startNote
        ? t('details.dateWithNote', { date: formatDate(node.start), note: node.startNote })
        : formatDate(node.start),
    ]);
  if (node.inForce) rows.push([t('details.inForce'), formatDate(node.inForce)]);
  if (node.end)
    rows.push([
      node.type === 'organization' ? t('details.ended') : t('details.endedOrSuperseded'),
      formatDate(node.end),
    ]);
  if (rows.length === 0) return null;
  return (
    <>
      {rows.map(([k, v]) => (
        <div className="fact" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </>
  );
}

/**
 * When the panel closes, focus goes back to what had it when the panel opened (the network, a
 * search box), rather than falling to the page.
 */
function useReturnFocus() {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      const now = document.activeElement;
      if (now && now !== document.body && now.isConnected) return;
      const target =
        opener && opener.isConnected && opener !== document.body
          ? opener
          : document.querySelector<HTMLElement>('.network-view, .timeline-plot');
      target?.focus({ preventScroll: true });
    };
  }, []);
}

export function DetailsPanel({
  dataset,
  node,
  hops,
  onSelect,
  onClose,
  onHops,
  onConnect,
  connecting,
  statesHidden = false,
  onShowStates = () => {},
}: DetailsPanelProps) {
  const t = useT();
  useReturnFocus();
  const local = localName(node, t.locale);
  const groups = groupConnections(dataset, node.id);
  const undated = groups.reduce((n, g) => n + g.items.filter(({ edge }) => !edge.start).length, 0);
  return (
    <aside className="details" aria-label={t('details.label', { name: node.name })}>
      <header className="details-head">
        <span className="swatch" style={{ background: nodeColour(node) }} aria-hidden />
        <div>
          {local ? (
            <>
              <h2 lang={t.locale}>{local.shortName ?? local.name}</h2>
              {local.shortName && <p className="fullname">{local.name}</p>}
              {/* The English name beside: the one sources and other tools use. */}
              <p className="fullname" lang="en">
                {node.shortName && node.shortName !== node.name
                  ? `${node.shortName} — ${node.name}`
                  : node.name}
                {local.source && (
                  <>
                    {' '}
                    <a
                      className="cite"
                      href={local.source.url}
                      target="_blank"
                      rel="noreferrer noopener"
                      title={local.source.title}
                      aria-label={t('details.sourceNamed', { title: local.source.title })}
                    >
                      {t('details.source')}
                    </a>
                  </>
                )}
              </p>
            </>
          ) : (
            <>
              <h2>{node.shortName && node.shortName !== node.name ? node.shortName : node.name}</h2>
              {node.shortName && node.shortName !== node.name && (
                <p className="fullname">{node.name}</p>
              )}
            </>
          )}
          <p className="kind">
            {node.type === 'state'
              ? term('type', node.type)
              : `${term('type', node.type)} · ${term('kind', node.kind)}`}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('details.close')}
          title={t('details.close.title')}
        >
          ×
        </button>
      </header>
      {node.description && <p className="description">{node.description}</p>}
      <dl className="facts">
        <Dates node={node} />
        {node.docRef && (
          <div className="fact">
            <dt>{t('details.document')}</dt>
            <dd>{node.docRef}</dd>
          </div>
        )}
        {node.binding !== undefined && (
          <div className="fact">
            <dt>{t('details.binding')}</dt>
            <dd>{node.binding ? t('details.binding.yes') : t('details.binding.no')}</dd>
          </div>
        )}
        {node.hq && (node.hq.city || node.hq.country) && (
          <div className="fact">
            <dt>{t('details.seat')}</dt>
            <dd>
              {[
                node.hq.city,
                node.hq.country && (dataset.nodeById.get(node.hq.country)?.name ?? node.hq.country),
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        )}
        {node.regions.length > 0 && (
          <div className="fact">
            <dt>{node.type === 'state' ? t('details.region') : t('details.scope')}</dt>
            <dd>
              {[...node.regions.map((r) => term('region', r)), node.subregion]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
        {node.functions.length > 0 && (
          <div className="fact">
            <dt>{t('details.functions')}</dt>
            <dd>{node.functions.map((f) => term('function', f)).join(', ')}</dd>
          </div>
        )}
        {node.url && (
          <div className="fact">
            <dt>{t('details.officialPage')}</dt>
            <dd>
              <a href={node.url} target="_blank" rel="noreferrer noopener">
                {new URL(node.url).hostname}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <div className="details-actions">
        <label>
          {t('details.neighbourhood')}{' '}
          <select
            value={hops ?? ''}
            onChange={(e) => onHops(e.target.value ? Number(e.target.value) : null)}
            aria-label={t('details.neighbourhood.label')}
          >
            <option value="">{t('details.neighbourhood.all')}</option>
            {[1, 2, 3].map((n) => (
              <option key={n} value={String(n)}>
                {t('details.neighbourhood.steps', { count: n })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={onConnect}
          aria-pressed={connecting}
          title={t('details.connect.title')}
        >
          {connecting ? t('details.connect.picking') : t('details.connect')}
        </button>
      </div>
      <section className="sources" aria-label={t('details.sources')}>
        <h3>{t('details.sources')}</h3>
        <ol>
          {node.sources.map((s) => (
            <li key={s.url + s.title}>
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </section>
      {node.type === 'state' && (
        <StateProfile
          dataset={dataset}
          state={node}
          onSelect={onSelect}
          statesHidden={statesHidden}
          onShowStates={onShowStates}
        />
      )}
      {node.type !== 'state' && <StatesSummary dataset={dataset} node={node} onSelect={onSelect} />}
      {/* A state's ties are its profile, above. */}
      {node.type !== 'state' && (
        <section className="connections" aria-label={t('details.connections')}>
          <h3>
            {t('details.connections.count', {
              count: groups.reduce((n, g) => n + g.items.length, 0),
            })}
          </h3>
          {undated > 0 && (
            <p className="undated-note">
              <span className="undated-swatch" aria-hidden="true" />
              {t('details.undated', { count: undated })}
            </p>
          )}
          {groups.map((g) => (
            <details key={g.key} open={g.items.length <= 12}>
              <summary>
                {g.title} <span className="count">{g.items.length}</span>
              </summary>
              <ul>
                {g.items.map(({ edge, other }) => (
                  <li key={edge.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelect(other.id)}
                    >
                      {other.shortName ?? other.name}
                    </button>
                    <Lifecycle edge={edge} />
                    {edge.note && <span className="note"> — {edge.note}</span>}{' '}
                    <SourceLinks sources={edge.sources} />
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      )}
    </aside>
  );
}
