import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { DetailsPanel } from '../../../src/components/DetailsPanel';
import { LegendPanel } from '../../../src/components/LegendPanel';
import { FilterPanel } from '../../../src/components/FilterPanel';
import { legendFor } from '../../../src/scene/networkScene';
import { filterGraph, NO_FILTERS } from '../../../src/model';
import { atlasStore } from '../../../src/store';
import { buildDataset } from '../../../src/domain';
import { loadFixture } from '../helpers';

const d = loadFixture();

describe('DetailsPanel', () => {
  const props = {
    dataset: d,
    hops: null,
    connecting: false,
    onClose: vi.fn(),
    onHops: vi.fn(),
    onConnect: vi.fn(),
  };

  it('shows what a node is, its dates, sources and connections', () => {
    const onSelect = vi.fn();
    render(
      <DetailsPanel {...props} node={d.nodeById.get('budapest-convention')!} onSelect={onSelect} />,
    );
    const panel = screen.getByRole('complementary', {
      name: 'Details of Convention on Cybercrime',
    });
    expect(within(panel).getByRole('heading', { name: 'Budapest Convention' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Opened for signature23 November 2001');
    expect(panel).toHaveTextContent('In force1 July 2004');
    expect(panel).toHaveTextContent('Legally bindingYes');
    const source = within(within(panel).getByRole('region', { name: 'Sources' })).getByRole('link');
    expect(source).toHaveAttribute(
      'href',
      'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185',
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'CoE' }));
    expect(onSelect).toHaveBeenCalledWith('coe');
  });

  it("groups ties by relationship, worded from the node's side", () => {
    render(<DetailsPanel {...props} node={d.nodeById.get('eu')!} onSelect={vi.fn()} />);
    const connections = screen.getByRole('region', { name: 'Connections' });
    expect(within(connections).getByText('Bodies within it')).toBeInTheDocument();
    expect(within(connections).getAllByText('Cooperates with').length).toBe(1);
    expect(connections).toHaveTextContent('Connections (4)');
  });

  it("lists a state tie's stages with their dates, and says which dates are unknown", () => {
    const dataset = buildDataset({
      meta: { title: 't' },
      nodes: [...d.nodes],
      edges: [
        ...d.edges.filter((e) => !(e.source === 'EST' && e.target === 'budapest-convention')),
        {
          id: 'EST--party-to--budapest-convention',
          source: 'EST',
          target: 'budapest-convention',
          type: 'party-to',
          start: '2001-11-23',
          reservations: true,
          stages: [
            { stage: 'in-force', date: '2004-07-01' },
            { stage: 'signature', date: '2001-11-23' },
            { stage: 'ratification', date: '2003-05-12' },
          ],
          sources: [{ title: 'CoE chart', url: 'https://www.coe.int/' }],
        },
        {
          id: 'EST--member-of--eu',
          source: 'EST',
          target: 'eu',
          type: 'member-of',
          stages: [{ stage: 'joined' }],
          sources: [{ title: 'EU', url: 'https://europa.eu/' }],
        },
      ],
    });
    render(
      <DetailsPanel
        {...props}
        dataset={dataset}
        node={dataset.nodeById.get('EST')!}
        onSelect={vi.fn()}
      />,
    );
    const profile = screen.getByRole('region', { name: 'Profile' });
    expect(profile).toHaveTextContent(
      'Budapest Convention · signed 23 November 2001 · ratified 12 May 2003 · in force 1 July 2004 · with reservations or declarations',
    );
    expect(within(profile).getByText(/joined \(date unknown\)/)).toHaveClass('unknown-date');
    expect(profile).toHaveTextContent(/1 tie has no known date/);
    // Counted, grouped by function and against the region; the type line says it once.
    expect(profile).toHaveTextContent(/member of 3 organizations · party to 1 instrument/);
    expect(within(profile).getByText('Cybercrime')).toBeInTheDocument();
    expect(profile).toHaveTextContent(/1 of \d+ states of Europe/);
    expect(screen.getByText('State')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Connections' })).toBeNull();
  });

  it('says a chosen state is shown although states are hidden, and offers to show them all', () => {
    const onShowStates = vi.fn();
    render(
      <DetailsPanel
        {...props}
        node={d.nodeById.get('EST')!}
        onSelect={vi.fn()}
        statesHidden
        onShowStates={onShowStates}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/although states are hidden/);
    screen.getByRole('button', { name: 'Show all states' }).click();
    expect(onShowStates).toHaveBeenCalledOnce();
  });

  it('renders names as text, never markup', () => {
    const node = {
      ...d.nodeById.get('un')!,
      name: '<img src=x onerror=alert(1)>',
      shortName: undefined,
    };
    const { container } = render(<DetailsPanel {...props} node={node} onSelect={vi.fn()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(
      screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
  });
});

describe('LegendPanel', () => {
  it('explains every colour, shape and line on screen, and nothing else', () => {
    const entries = legendFor(filterGraph(d, { ...NO_FILTERS, regions: ['africa'] }));
    render(<LegendPanel entries={entries} theme="light" />);
    const legend = screen.getByRole('img', { name: /Legend/ });
    expect(legend).toHaveTextContent('Cybercrime');
    expect(legend).toHaveTextContent('Organizations');
    expect(legend).not.toHaveTextContent('Instruments');
    expect(legend).not.toHaveTextContent('Norms');
    fireEvent.click(screen.getByRole('button', { name: 'Hide legend' }));
    expect(screen.queryByRole('img', { name: /Legend/ })).toBeNull();
  });
});

describe('FilterPanel', () => {
  it('shows counts and toggles facets in the store', () => {
    atlasStore.getState().reset();
    render(<FilterPanel dataset={d} />);
    const region = screen.getByRole('group', { name: 'Region' });
    // The count is shown as a number and named in words ("1 node"), not read twice.
    expect(within(region).getByRole('checkbox', { name: 'Africa (1 node)' })).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Europe (7 nodes)' })).toBeInTheDocument();
    expect(within(region).getByText('Europe').closest('label')).toHaveTextContent(/^Europe7/);
    fireEvent.click(within(region).getByRole('checkbox', { name: /Africa/ }));
    expect(atlasStore.getState().regions).toEqual(['africa']);
    fireEvent.click(screen.getByRole('switch', { name: /Show states/ }));
    expect(atlasStore.getState().states).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(atlasStore.getState().regions).toEqual([]);
  });
});
