import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain';
import { describeView, type VisibleGraph } from '../model';
import { selectUrlState, useAtlas } from '../store';

/** "Showing N of M nodes", and in words which filters are on. */
export function StatusLine({ dataset, graph }: { dataset: Dataset; graph: VisibleGraph }) {
  const parts = describeView(dataset, useAtlas(useShallow(selectUrlState)));
  return (
    <p className="status-line" role="status">
      Showing {graph.nodes.length} of {dataset.nodes.length} nodes · {graph.edges.length} ties
      {parts.length > 0 ? ` · ${parts.join('; ')}` : ''}
    </p>
  );
}
