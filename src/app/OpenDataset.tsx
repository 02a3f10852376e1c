import { useEffect, useRef, useState } from 'react';
import { DatasetError, type Dataset } from '../domain';
import { atlasStore, useAtlas } from '../store';
import { DatasetProblems } from '../components/ErrorScreen';
import { Trans } from '@lingui/react';
import { useT } from '../i18n/react';
import {
  cancelOpening,
  dismissOpenStatus,
  openStatusStore,
  useOpenDataset,
  useOpenStatus,
} from './openDataset';
import './openDataset.css';

const ACCEPT = '.json,.csv,.zip,application/json,text/csv,application/zip';

/** The toolbar's "Open dataset…": a button in front of a file picker that takes several files. */
export function OpenDatasetButton({ label }: { label?: string }) {
  const t = useT();
  const open = useOpenDataset();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={t('open.button.title')}>
        {label ?? t('open.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={t('open.fileInput')}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so that choosing the same file again (after fixing it) fires again.
          e.currentTarget.value = '';
          void open(files);
        }}
      />
    </>
  );
}

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Everything about opening a file that floats over the app: the drop target while files are
 * dragged over the window, progress while they are read, and the problems if they are refused.
 */
/** `current` says in words what is shown now (“the bundled dataset”), if anything. */
export function OpenDatasetLayer({ current }: { current?: string }) {
  const t = useT();
  const open = useOpenDataset();
  const status = useOpenStatus();
  const [dragging, setDragging] = useState(false);
  const overlay = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      // A modal dialog sits above everything, the drop target too: the old problems give way.
      if (openStatusStore.getState().status.state === 'failed') dismissOpenStatus();
      setDragging(true);
    };
    // Without this the browser would leave the app to display a file dropped anywhere.
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    // Once shown, the overlay covers the window, so leaving it means leaving the window.
    const onLeave = (e: DragEvent) => {
      if (e.target === overlay.current) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void open(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return (
    <>
      {dragging && (
        <div ref={overlay} className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-target">
            <svg viewBox="0 0 24 24" width="40" height="40" aria-hidden>
              <path
                d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 16v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <p className="drop-title">{t('open.dropHere')}</p>
            <p className="drop-hint">
              <Trans
                id="open.dropHint"
                components={{ 0: <code />, 1: <code />, 2: <code />, 3: <code /> }}
              />
            </p>
          </div>
        </div>
      )}
      <div aria-live="polite" className="open-progress-region">
        {status.state === 'reading' && (
          <div className="open-progress">
            <span className="spinner" aria-hidden /> {t('open.progress', { name: status.label })}
            <button type="button" onClick={cancelOpening}>
              {t('common.cancel')}
            </button>
          </div>
        )}
      </div>
      {status.state === 'failed' && (
        <OpenProblemsDialog label={status.label} problems={status.problems} current={current} />
      )}
    </>
  );
}

function OpenProblemsDialog({
  label,
  problems,
  current,
}: {
  label: string;
  problems: DatasetError['problems'];
  current?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // showModal focuses the first button; Close is the likelier next step.
    close.current?.focus();
  }, []);
  const title = t('open.failed', { name: label });
  return (
    <dialog
      ref={ref}
      className="open-problems"
      aria-label={title}
      onClose={dismissOpenStatus}
      onCancel={dismissOpenStatus}
    >
      <DatasetProblems error={new DatasetError(problems)} title={title} />
      <p className="open-problems-kept">
        {current ? t('open.unchanged.current', { current }) : t('open.unchanged')}
      </p>
      <div className="dialog-actions">
        <OpenDatasetButton label={t('open.another')} />
        <button ref={close} type="button" className="primary" onClick={dismissOpenStatus}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}

/** Says when the dataset shown is not the bundled one, with the way back. */
export function DatasetSourceBar({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const file = useAtlas((s) => s.file);
  const data = useAtlas((s) => s.data);
  if (!file && !data) return null;
  const counts = t('open.counts', { nodes: dataset.nodes.length, ties: dataset.edges.length });
  return (
    <div className="dataset-source" role="region" aria-label={t('open.shown')}>
      <p>
        {/* The name goes in as an element, not a string: Trans would read markup in a string
            value ("<b>mine</b>.json") as its own tags. */}
        <Trans
          id={file ? 'open.shown.file' : 'open.shown.url'}
          values={{ name: <>{file ? file.name : data}</>, counts }}
          components={{ 0: <strong /> }}
        />
      </p>
      <button type="button" onClick={() => atlasStore.getState().showBundled()}>
        {t('open.backToBundled')}
      </button>
    </div>
  );
}
