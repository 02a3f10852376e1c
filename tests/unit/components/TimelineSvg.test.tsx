import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/layout/timeline';
import { TimelineSvg } from '../../../src/render/TimelineSvg';
import { nodeColour } from '../../../src/scene/networkScene';
import { loadFixture } from '../helpers';

const d = loadFixture();
const now = new Date(Date.UTC(2026, 0, 1));
const fills = new Map(d.nodes.map((n) => [n.id, nodeColour(n)]));
const layout = layoutTimeline(d.nodes, { width: 900, height: 500, groupBy: 'type', now });
const svg = (props: Partial<React.ComponentProps<typeof TimelineSvg>> = {}) => (
  <TimelineSvg
    layout={layout}
    width={900}
    theme="light"
    fills={fills}
    label="Timeline"
    {...props}
  />
);

describe('TimelineSvg', () => {
  it('renders one mark per laid-out node, each with data-node-id and a title', () => {
    const { container } = render(svg());
    const marks = container.querySelectorAll('g.mark[data-node-id]');
    expect([...marks].map((m) => m.getAttribute('data-node-id')).sort()).toEqual(
      layout.marks.map((m) => m.id).sort(),
    );
    const budapest = container.querySelector('[data-node-id="budapest-convention"]')!;
    expect(budapest.querySelector('title')!.textContent).toContain('Convention on Cybercrime');
    expect(budapest.querySelector('.mark-link')).not.toBeNull(); // adopted → in force
    expect(container.querySelector('[data-node-id="un"] rect.mark-shape')).not.toBeNull();
    expect(container.querySelector('[data-node-id="EST"]')).toBeNull();
  });

  it('draws time axis ticks from the scale', () => {
    const { container } = render(svg());
    const ticks = [...container.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks).toContain('2000');
  });

  it('adapts ticks to the zoom: months when a year fills the view', () => {
    const zoomed = layoutTimeline(d.nodes, {
      width: 900,
      height: 500,
      groupBy: 'type',
      now,
      domain: [new Date(Date.UTC(2004, 0, 1)), new Date(Date.UTC(2004, 11, 31))],
    });
    const { container } = render(svg({ layout: zoomed }));
    const ticks = [...container.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('July');
  });

  it('labels the lanes', () => {
    const { container } = render(svg());
    expect([...container.querySelectorAll('.lane-label')].map((t) => t.textContent)).toEqual([
      'Organizations',
      'Instruments',
    ]);
  });

  it('marks the selection, dims the unlit and shades the period', () => {
    const { container } = render(
      svg({
        selectedId: 'coe',
        litIds: new Set(['coe', 'budapest-convention']),
        period: { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2010, 0, 1)) },
      }),
    );
    expect(container.querySelector('[data-node-id="coe"]')).toHaveClass('is-selected');
    expect(container.querySelector('[data-node-id="budapest-convention"]')).not.toHaveClass(
      'is-dim',
    );
    expect(container.querySelector('[data-node-id="un"]')).toHaveClass('is-dim');
    expect(container.querySelector('.period-band')).not.toBeNull();
  });

  it('is a self-contained SVG that renders to static markup', () => {
    const markup = renderToStaticMarkup(svg({ theme: 'dark' }));
    expect(markup).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain('<style>');
    expect(markup).toContain('data-node-id="budapest-convention"');
    expect(markup).not.toContain('class="brush"'); // the live brush is left out of export
  });

  it('makes marks keyboard buttons on screen: one tab stop, a name with the year', () => {
    const { container } = render(svg({ tabStopId: 'coe' }));
    expect(container.querySelector('svg')).toHaveAttribute('role', 'group');
    const marks = [...container.querySelectorAll('g.mark')];
    expect(marks.every((m) => m.getAttribute('role') === 'button')).toBe(true);
    expect(
      marks
        .filter((m) => m.getAttribute('tabindex') === '0')
        .map((m) => m.getAttribute('data-node-id')),
    ).toEqual(['coe']);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '-1')).toHaveLength(marks.length - 1);
    expect(container.querySelector('[data-node-id="budapest-convention"]')).toHaveAttribute(
      'aria-label',
      'Budapest Convention — Convention on Cybercrime, 2001',
    );
    // With no tab stop chosen yet, one mark still takes it.
    const { container: fresh } = render(svg({ tabStopId: null }));
    expect(fresh.querySelectorAll('g.mark[tabindex="0"]')).toHaveLength(1);
  });

  it('leaves marks as plain drawing without a tab stop (export)', () => {
    const markup = renderToStaticMarkup(svg());
    expect(markup).toMatch(/role="img"/);
    expect(markup).not.toMatch(/tabindex|role="button"/);
  });

  it('draws the period in the brush strip when there is no live brush, and rings the selection', () => {
    const period = { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2010, 0, 1)) };
    const { container } = render(svg({ period, selectedId: 'coe' }));
    const strip = container.querySelector('.period-strip')!;
    expect(Number(strip.getAttribute('x'))).toBeCloseTo(layout.scale(period.from), 1);
    expect(container.querySelectorAll('.selection-halo')).toHaveLength(1);
    expect(container.querySelector('[data-node-id="coe"] .selection-halo')).not.toBeNull();
    const live = render(svg({ period, brushRef: { current: null } }));
    expect(live.container.querySelector('.period-strip')).toBeNull();
  });

  it('ends labels left of a mark at the mark, and puts labels on a bar on a plate', () => {
    const zoomed = layoutTimeline(d.nodes, {
      width: 900,
      height: 500,
      groupBy: 'type',
      now,
      domain: [new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))],
    });
    const { container } = render(svg({ layout: zoomed }));
    for (const m of zoomed.marks.filter((x) => x.labelVisible)) {
      const g = container.querySelector(`[data-node-id="${m.id}"]`)!;
      const text = g.querySelector('text.mark-label')!;
      expect(text.getAttribute('text-anchor')).toBe(m.labelAnchor === 'end' ? 'end' : null);
      expect(g.querySelector('.label-plate') !== null).toBe(m.labelOnBar);
    }
    expect(container.querySelectorAll('.label-plate').length).toBeGreaterThan(0);
  });

  it('can leave the stylesheet to a parent document', () => {
    expect(renderToStaticMarkup(svg({ embedStyle: false }))).not.toContain('<style>');
  });
});
