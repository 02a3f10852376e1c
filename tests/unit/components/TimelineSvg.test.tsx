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
});
