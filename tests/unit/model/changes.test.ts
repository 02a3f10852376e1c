import { describe, expect, it } from 'vitest';
import { NO_FILTERS, changesBetween, visibleGraph } from '../../../src/model';
import { startOfDate, endOfDate } from '../../../src/domain';
import { loadFixture } from '../helpers';

const d = loadFixture();

describe('changesBetween', () => {
  const graph = visibleGraph(d, {
    filters: { ...NO_FILTERS, states: true },
    range: { from: '2000', to: '2010' },
    focus: null,
    hops: null,
  });
  const changes = changesBetween(graph, '2000', '2010');

  it('lists what began after the first year and by the end of the last, oldest first', () => {
    const inside = (date?: string | null) =>
      !!date && startOfDate(date) > endOfDate('2000') && startOfDate(date) <= endOfDate('2010');
    const expected =
      graph.nodes.filter((n) => n.type !== 'state' && inside(n.start)).length +
      graph.edges.filter((e) => inside(e.start)).length;
    expect(changes.items.filter((c) => c.kind === 'added')).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
    const dates = changes.items.map((c) => startOfDate(c.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('highlights the ties begun and both their ends', () => {
    for (const c of changes.items.filter((x) => x.kind === 'added' && x.edge)) {
      expect(changes.addedEdges.has(c.edge!.id)).toBe(true);
      expect(changes.addedNodes.has(c.edge!.source)).toBe(true);
      expect(changes.addedNodes.has(c.edge!.target)).toBe(true);
    }
  });

  it('counts nothing of unknown date, and nothing outside the period', () => {
    expect(changes.items.every((c) => c.date)).toBe(true);
    expect(changesBetween(graph, '2010', '2010').items).toEqual([]);
  });
});
