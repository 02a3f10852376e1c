import { describe, expect, it } from 'vitest';
import { NO_FILTERS, pinnedNode, stateProfile, visibleGraph } from '../../../src/model';
import { loadFixture } from '../helpers';

const d = loadFixture();

describe('stateProfile', () => {
  it('lists every tie of the state, grouped by the body’s main function, counted by status', () => {
    const p = stateProfile(d, 'EST')!;
    const ties = d.edges.filter((e) => e.source === 'EST');
    expect(p.byFunction.flatMap((g) => g.items.map((i) => i.edge.id)).sort()).toEqual(
      ties.map((e) => e.id).sort(),
    );
    for (const g of p.byFunction)
      for (const i of g.items) expect(i.body.functions[0] ?? null).toBe(g.fn);
    expect(p.counts).toEqual({ member: 2, party: 1, signatory: 0, former: 0 });
  });

  it('counts how many states of the same region share each tie', () => {
    const p = stateProfile(d, 'EST')!;
    const europe = d.nodes.filter((n) => n.type === 'state' && n.regions.includes('europe'));
    const un = p.byFunction.flatMap((g) => g.items).find((i) => i.body.id === 'un')!;
    expect(un.peers.of).toBe(europe.length);
    const unMembers = d.edges.filter(
      (e) => e.target === 'un' && e.type === 'member-of' && europe.some((s) => s.id === e.source),
    );
    expect(un.peers.tied).toBe(unMembers.length);
  });

  it('dates the joining strip from the ties’ starts, oldest first, and only dated ones', () => {
    const p = stateProfile(d, 'EST')!;
    const dated = d.edges.filter((e) => e.source === 'EST' && e.start).map((e) => e.start!);
    expect(p.joined.map((j) => j.date)).toEqual([...dated].sort());
  });

  it('is null for anything but a state', () => {
    expect(stateProfile(d, 'un')).toBeNull();
    expect(stateProfile(d, 'nowhere')).toBeNull();
  });
});

describe('a chosen state while states are hidden', () => {
  it('is pinned into the view with its ties to what shows', () => {
    expect(pinnedNode(d, 'EST', false)).toBe('EST');
    expect(pinnedNode(d, 'EST', true)).toBeNull();
    expect(pinnedNode(d, 'un', false)).toBeNull();
    const g = visibleGraph(d, {
      filters: NO_FILTERS,
      range: { from: null, to: null },
      focus: null,
      hops: null,
      pinned: 'EST',
    });
    expect(g.nodes.filter((n) => n.type === 'state').map((n) => n.id)).toEqual(['EST']);
    const ties = g.edges.filter((e) => e.source === 'EST').map((e) => e.target);
    expect(ties.sort()).toEqual(
      d.edges
        .filter((e) => e.source === 'EST')
        .map((e) => e.target)
        .sort(),
    );
  });
});
