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

export type ExportKind = 'svg' | 'png' | 'data';
export type ExportDrawing = 'network' | 'timeline';

const FRAMINGS: Record<ExportDrawing, Record<ExportOptions['framing'], string>> = {
  network: { fit: 'Fit all visible nodes', screen: 'Current zoom, as on screen' },
  timeline: { fit: 'Every lane, current zoom', screen: 'As on screen' },
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
        `Nothing to export yet: open the ${timeline || timelineData ? 'timeline' : 'network'} view first.`,
      );
    setBusy(true);
    setError(null);
    try {
      saveExportOptions(options);
      await job(await import('../export/run'));
      onClose();
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const title = kind === 'data' ? 'Export data' : kind === 'png' ? 'Export PNG' : 'Export SVG';
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
          <p>
            The nodes and ties now visible, with their sources: as a dataset file that opens again
            in the atlas, or as two CSV tables in a zip.
          </p>
        ) : (
          <div className="export-grid">
            {view === 'split' && (
              <label className="wide">
                Drawing
                <select
                  value={drawing}
                  onChange={(e) => setDrawing(e.target.value as ExportDrawing)}
                >
                  <option value="network">The network</option>
                  <option value="timeline">The timeline</option>
                </select>
              </label>
            )}
            <label>
              Size
              <select
                value={options.size}
                onChange={(e) => set('size', e.target.value as SizePreset)}
              >
                {Object.entries(SIZE_PRESETS).map(([id, p]) => (
                  <option key={id} value={id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Framing
              <select
                value={options.framing}
                onChange={(e) => set('framing', e.target.value as ExportOptions['framing'])}
              >
                <option value="fit">{FRAMINGS[drawing].fit}</option>
                <option value="screen">{FRAMINGS[drawing].screen}</option>
              </select>
            </label>
            <label>
              Background
              <select
                value={options.background}
                onChange={(e) => set('background', e.target.value as ExportOptions['background'])}
              >
                <option value="light">Light</option>
                <option value="dark">Dark</option>
                <option value="transparent">Transparent</option>
              </select>
            </label>
            <label>
              Labels
              <select
                value={options.labels}
                onChange={(e) => set('labels', e.target.value as ExportOptions['labels'])}
              >
                <option value="all">All that fit</option>
                <option value="important">Important</option>
                <option value="none">None</option>
              </select>
            </label>
            <label className="wide">
              Title
              <input value={options.title} onChange={(e) => set('title', e.target.value)} />
            </label>
            <label className="wide">
              Caption
              <input
                value={options.caption}
                onChange={(e) => set('caption', e.target.value)}
                placeholder="Optional"
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={options.legend}
                onChange={(e) => set('legend', e.target.checked)}
              />{' '}
              Include the legend
            </label>
            {kind === 'png' && (
              <label>
                Resolution
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
            onClick={() => setOptions(DEFAULT_EXPORT_OPTIONS)}
            hidden={kind === 'data'}
          >
            Defaults
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {kind === 'data' ? (
            <>
              <button type="button" disabled={busy} onClick={() => run('json')}>
                Download JSON
              </button>
              <button type="button" disabled={busy} onClick={() => run('csv')}>
                Download CSV (zip)
              </button>
            </>
          ) : (
            <button type="button" className="primary" disabled={busy} onClick={() => run(kind)}>
              Download {kind.toUpperCase()}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
