import type { DataNode } from '../../domain';
import { term } from '../../i18n/terms';
import { describeDates } from '../../layout/timeline';

/** What a mark is, next to the pointer. Decorative: the same facts are in each mark's <title>. */
export function TimelineTooltip({ node, x, y }: { node: DataNode; x: number; y: number }) {
  return (
    <div className="timeline-tooltip" style={{ left: x + 14, top: y + 14 }} aria-hidden="true">
      <strong>{node.name}</strong>
      <span className="muted">{term('kind', node.kind)}</span>
      <span>{describeDates(node)}</span>
    </div>
  );
}
