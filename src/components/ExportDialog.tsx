import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../domain';
import { visibleGraph } from '../model';
import { atlasStore, selectUrlState, selectViewQuery } from '../store';
import { networkExportInput, timelineExportInput } from '../export/fromState';
import {
  DEFAULT_EXPORT_OPTIONS,
  SIZE_PRESETS,
  loadExportOptions,
  saveExportOptions,
  type ExportOptions,
  type SizePreset,
} from '../export/options';
import { useT } from '../i18n/react';

export type ExportKind = 'svg' | 'png' | 'data';
export type ExportDrawing = 'network' | 'timeline';

/** The message ids of each framing, worded for the drawing. */
const FRAMINGS: Record<ExportDrawing, Record<ExportOptions['framing'], string>> = {
  network: { fit: 'export.framing.network.fit', screen: 'export.framing.network.screen' },
  timeline: { fit: 'export.framing.timeline.fit', screen: 'export.framing.timeline.screen' },
};

/** Options before download; the export code itself is loaded only when asked for. */
export function ExportDialog({
  dataset,
  kind,
  onClose,
}: {
  dataset: Dataset;
  kind: ExportKind;
  onClose(): void;
}) {
  const t = useT();
  const [options, setOptions] = useState<ExportOptions>(() => loadExportOptions());
  const [scale, setScale] = useState(2);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The view on screen decides what an image shows; split view shows both, so it asks.
  const [view] = useState(() => atlasStore.getState().view);
  const [drawing, setDrawing] = useState<ExportDrawing>(
    view === 'timeline' ? 'timeline' : 'network',
  );
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));

  async function run(format: 'svg' | 'png' | 'json' | 'csv') {
    const current = atlasStore.getState();
    const state = selectUrlState(current);
    const timeline = drawing === 'timeline' && (format === 'svg' || format === 'png');
    const timelineData = view === 'timeline' && (format === 'json' || format === 'csv');
    let job: ((m: typeof import('../export/run')) => Promise<void>) | null = null;
    if (timeline) {
      const input = timelineExportInput(dataset, current);
      if (input) job = (m) => m.exportTimeline(input, options, state, format, scale);
    } else if (timelineData) {
      // No network on screen: the nodes and ties the network would show, by the same rule.
      const graph = visibleGraph(dataset, selectViewQuery(current));
      job = async (m) => m.exportData({ dataset, graph }, state, format);
    } else {
      const input = networkExportInput(dataset, current);
      if (input) job = (m) => m.exportNetwork(input, options, state, format, scale);
    }
    if (!job)
      return setError(
        t('export.nothingYet', { view: timeline || timelineData ? 'timeline' : 'network' }),
      );
    setBusy(true);
    setError(null);
    try {
      saveExportOptions(options);
      await job(await import('../export/run'));
      onClose();
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  const title = t(`export.heading.${kind}`);
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-label={title}
      onClose={onClose}
      onCancel={onClose}
    >
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <h2>{title}</h2>
        {kind === 'data' ? (
          <p>{t('export.data.description')}</p>
        ) : (
          <div className="export-grid">
            {view === 'split' && (
              <label className="wide">
                {t('export.drawing')}
                <select
                  value={drawing}
                  onChange={(e) => setDrawing(e.target.value as ExportDrawing)}
                >
                  <option value="network">{t('export.drawing.network')}</option>
                  <option value="timeline">{t('export.drawing.timeline')}</option>
                </select>
              </label>
            )}
            <label>
              {t('export.size')}
              <select
                value={options.size}
                onChange={(e) => set('size', e.target.value as SizePreset)}
              >
                {Object.entries(SIZE_PRESETS).map(([id, p]) => (
                  <option key={id} value={id}>
                    {t(p.labelId)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('export.framing')}
              <select
                value={options.framing}
                onChange={(e) => set('framing', e.target.value as ExportOptions['framing'])}
              >
                <option value="fit">{t(FRAMINGS[drawing].fit)}</option>
                <option value="screen">{t(FRAMINGS[drawing].screen)}</option>
              </select>
            </label>
            <label>
              {t('export.background')}
              <select
                value={options.background}
                onChange={(e) => set('background', e.target.value as ExportOptions['background'])}
              >
                <option value="light">{t('export.background.light')}</option>
                <option value="dark">{t('export.background.dark')}</option>
                <option value="transparent">{t('export.background.transparent')}</option>
              </select>
            </label>
            <label>
              {t('export.labels')}
              <select
                value={options.labels}
                onChange={(e) => set('labels', e.target.value as ExportOptions['labels'])}
              >
                <option value="all">{t('export.labels.all')}</option>
                <option value="important">{t('export.labels.important')}</option>
                <option value="none">{t('export.labels.none')}</option>
              </select>
            </label>
            <label className="wide">
              {t('export.title')}
              <input value={options.title} onChange={(e) => set('title', e.target.value)} />
            </label>
            <label className="wide">
              {t('export.caption')}
              <input
                value={options.caption}
                onChange={(e) => set('caption', e.target.value)}
                placeholder={t('export.caption.placeholder')}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={options.legend}
                onChange={(e) => set('legend', e.target.checked)}
              />{' '}
              {t('export.legend')}
            </label>
            {kind === 'png' && (
              <label>
                {t('export.resolution')}
                <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
                  <option value={1}>1×</option>
                  <option value={2}>2×</option>
                  <option value={4}>4×</option>
                </select>
              </label>
            )}
          </div>
        )}
        {error && (
          <p className="export-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            onClick={() => setOptions({ ...DEFAULT_EXPORT_OPTIONS })}
            hidden={kind === 'data'}
          >
            {t('export.defaults')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {kind === 'data' ? (
            <>
              <button type="button" disabled={busy} onClick={() => run('json')}>
                {t('export.download.json')}
              </button>
              <button type="button" disabled={busy} onClick={() => run('csv')}>
                {t('export.download.csv')}
              </button>
            </>
          ) : (
            <button type="button" className="primary" disabled={busy} onClick={() => run(kind)}>
              {t(`export.download.${kind}`)}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
