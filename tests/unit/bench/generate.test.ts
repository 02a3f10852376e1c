import { describe, expect, it } from 'vitest';
import { generateDataset, generateValidDataset } from '../../../bench/generate';
import { parseDataset } from '../../../src/domain';
import { NO_FILTERS, filterGraph } from '../../../src/model';

describe('benchmark graph generator', () => {
  it('gives the same document for the same seed, and another for another seed', () => {
    const a = JSON.stringify(generateDataset({ nodes: 500, seed: 3 }));
    expect(JSON.stringify(generateDataset({ nodes: 500, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ nodes: 500, seed: 4 }))).not.toBe(a);
  });

  it.each([10, 1000, 3000])('makes %i nodes and about 2.5 ties per node', (n) => {
    const doc = generateDataset({ nodes: n });
    expect(doc.nodes).toHaveLength(n);
    expect(doc.edges).toHaveLength(Math.round(n * 2.5));
  });

  it('has no self-loops, no duplicate ids and no pair tied twice', () => {
    const doc = generateDataset({ nodes: 2000 });
    expect(new Set(doc.nodes.map((node) => node.id)).size).toBe(doc.nodes.length);
    const pairs = new Set<string>();
    for (const e of doc.edges) {
      expect(e.source).not.toBe(e.target);
      const key = [e.source, e.target].sort().join(' ');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
  });

  it('passes the app’s own parser, and everything shows with the default filters', () => {
    const doc = generateValidDataset({ nodes: 1000 });
    const parsed = parseDataset(doc);
    if (!parsed.ok) throw new Error(parsed.problems[0].message);
    const visible = filterGraph(parsed.dataset, NO_FILTERS);
    expect(visible.nodes).toHaveLength(1000);
    expect(visible.edges).toHaveLength(2500);
  });

  it('has communities with hubs: heavy-tailed degrees, few ties between communities', () => {
    const doc = generateDataset({ nodes: 3000 });
    const community = new Map(doc.nodes.map((node) => [node.id, node.name.split(' ').pop()]));
    const degree = new Map<string, number>();
    let cross = 0;
    for (const e of doc.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
      if (community.get(e.source) !== community.get(e.target)) cross++;
    }
    expect(degree.size).toBe(doc.nodes.length);
    expect(Math.max(...degree.values())).toBeGreaterThan(25);
    expect(cross / doc.edges.length).toBeGreaterThan(0.01);
    expect(cross / doc.edges.length).toBeLessThan(0.1);
  });
});
