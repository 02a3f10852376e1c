import { useAfterPaint } from '../platform/useAfterPaint';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain';
import { describeView, undatedCount, type VisibleGraph } from '../model';
import { selectUrlState, useAtlas } from '../store';
import { useT } from '../i18n/react';

/** "Showing N of M nodes", and in words which filters are on. */
export function StatusLine({ dataset, graph }: { dataset: Dataset; graph: VisibleGraph }) {
  // After the paint, like the graph it describes (in the same render), so that the words never
  // run ahead of the drawing.
  const url = useAfterPaint(useAtlas(useShallow(selectUrlState)));
  const parts = describeView(dataset, url);
  const undated = undatedCount(graph);
  const periodSet = url.from !== null || url.to !== null;
  const t = useT();
  return (
    <p className="status-line" role="status">
      {t('status.showing', {
        shown: graph.nodes.length,
        total: dataset.nodes.length,
        ties: graph.edges.length,
      })}
      {undated > 0 && (
        <span data-testid="undated-count">
          {' '}
          (<span className="undated-swatch" aria-hidden="true" />
          {t('status.undated', { count: undated })})
        </span>
      )}
      {periodSet && url.undated === 'hide' ? ` · ${t('status.undatedHidden')}` : ''}
      {parts.length > 0 ? ` · ${parts.join('; ')}` : ''}
    </p>
  );
}
