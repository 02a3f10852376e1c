import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/domain';
import { networkExportInput, timelineExportInput } from '../../../src/export/fromState';
import { createAtlasStore } from '../../../src/store';
import { rawFixture } from '../helpers';

function dataset() {
  const r = parseDataset(rawFixture());
  if (!r.ok) throw new Error('fixture invalid');
  return r.dataset;
}

const positions = new Map([['un', { x: 1, y: 2 }]]);

describe('export inputs come from the state alone', () => {
  it('has nothing to export before a view has reported what it shows', () => {
    const state = createAtlasStore().getState();
    expect(networkExportInput(dataset(), state)).toBeNull();
    expect(timelineExportInput(dataset(), state)).toBeNull();
  });

  it('draws the filtered graph with the viewport, selection and path of the state', () => {
    const store = createAtlasStore({
      regions: ['europe'],
      states: true,
      focus: 'coe',
      path: ['FRA', 'coe'],
    });
    store.getState().setViewport('network', {
      transform: { k: 2, x: 10, y: 20 },
      width: 640,
      height: 480,
      positions: () => positions,
    });
    const input = networkExportInput(dataset(), store.getState())!;
    expect(input.transform).toEqual({ k: 2, x: 10, y: 20 });
    expect([input.width, input.height]).toEqual([640, 480]);
    expect(input.positions).toBe(positions);
    expect(input.graph.nodes.map((n) => n.id)).not.toContain('afripol');
    expect(input.sceneOptions.selected).toBe('coe');
    expect([...input.sceneOptions.pathNodes].sort()).toEqual(['FRA', 'coe']);
    expect(input.sceneOptions.zoomK).toBe(2);
  });

  it('gives the timeline its period, zoom, grouping and the graph before the time slice', () => {
    const store = createAtlasStore({ to: '2000' });
    store.getState().setTimelineGroupBy('region');
    store.getState().setViewport('timeline', {
      domain: [Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1)],
      width: 900,
      height: 400,
      scrollTop: 35,
    });
    const input = timelineExportInput(dataset(), store.getState(), new Date(Date.UTC(2026, 0, 1)))!;
    expect(input.groupBy).toBe('region');
    expect(input.domain.map((d) => d.getUTCFullYear())).toEqual([1990, 2020]);
    expect(input.scrollTop).toBe(35);
    expect(input.range).toEqual({ from: null, to: '2000' });
    // Instruments adopted after 2000 are still on the timeline, drawn outside the period.
    expect(input.graph.nodes.map((n) => n.id)).toContain('eu-cybersecurity-act');
  });
});

describe('the camera follows the state', () => {
  it('keeps fitting until the user moves the view, and fits again when asked', () => {
    const store = createAtlasStore();
    expect(store.getState().autoFit).toBe(true);
    store.getState().movedByUser();
    expect(store.getState().autoFit).toBe(false);
    store.getState().fit();
    expect(store.getState().autoFit).toBe(true);
  });

  it('keeps a node chosen in search centred until the user moves the view', () => {
    const store = createAtlasStore();
    store.getState().focusNode('coe');
    expect(store.getState()).toMatchObject({ focus: 'coe', centred: 'coe', autoFit: false });
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().movedByUser();
    store.getState().movedByUser();
    expect(store.getState().centred).toBeNull();
    // Every step of a gesture calls it; only the first is a change.
    expect(changes).toBe(1);
  });
});
