import { useEffect, useRef, useState } from 'react';
import { DatasetError, type Dataset } from '../domain';
import { atlasStore, useAtlas } from '../store';
import { DatasetProblems } from '../components/ErrorScreen';
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
export function OpenDatasetButton({ label = 'Open dataset…' }: { label?: string }) {
  const open = useOpenDataset();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a dataset .json file, or nodes.csv and edges.csv together, or a .zip of them"
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Dataset file"
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
            <p className="drop-title">Drop to open your dataset</p>
            <p className="drop-hint">
              A dataset <code>.json</code>, <code>nodes.csv</code> with <code>edges.csv</code>, or
              the <code>.zip</code> that “Export data” writes. If the file has problems, what is
              shown now stays.
            </p>
          </div>
        </div>
      )}
      <div aria-live="polite" className="open-progress-region">
        {status.state === 'reading' && (
          <div className="open-progress">
            <span className="spinner" aria-hidden /> Opening “{status.label}”…
            <button type="button" onClick={cancelOpening}>
              Cancel
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
  const title = `“${label}” could not be opened`;
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
        {current
          ? `Nothing was changed: the atlas still shows ${current}.`
          : 'Nothing was changed.'}
      </p>
      <div className="dialog-actions">
        <OpenDatasetButton label="Open another file…" />
        <button ref={close} type="button" className="primary" onClick={dismissOpenStatus}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** Says when the dataset shown is not the bundled one, with the way back. */
export function DatasetSourceBar({ dataset }: { dataset: Dataset }) {
  const file = useAtlas((s) => s.file);
  const data = useAtlas((s) => s.data);
  if (!file && !data) return null;
  const counts = `${dataset.nodes.length} nodes, ${dataset.edges.length} ties`;
  return (
    <div className="dataset-source" role="region" aria-label="Dataset shown">
      <p>
        {file ? (
          <>
            Showing your file <strong>“{file.name}”</strong> ({counts}). It stays in this tab: links
            you copy open the bundled dataset.
          </>
        ) : (
          <>
            Showing the dataset at <strong>“{data}”</strong> ({counts}).
          </>
        )}
      </p>
      <button type="button" onClick={() => atlasStore.getState().showBundled()}>
        Back to the bundled dataset
      </button>
    </div>
  );
}
