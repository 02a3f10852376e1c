import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Dataset } from '../../../src/domain';
import { fileQueryKey } from '../../../src/data/datasetQuery';
import { atlasStore, DEFAULT_URL_STATE } from '../../../src/store';
import {
  DatasetSourceBar,
  OpenDatasetButton,
  OpenDatasetLayer,
} from '../../../src/app/OpenDataset';
import { dismissOpenStatus } from '../../../src/app/openDataset';
import { loadFixture } from '../helpers';

const fixture = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(join(process.cwd(), 'tests/fixtures', path))], name);

function renderOpener() {
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <OpenDatasetButton />
      <OpenDatasetLayer current="the bundled dataset" />
    </QueryClientProvider>,
  );
  const choose = (...files: File[]) =>
    fireEvent.change(screen.getByLabelText('Dataset file'), { target: { files } });
  return { queryClient, choose };
}

afterEach(() => {
  act(() => {
    dismissOpenStatus();
    atlasStore.getState().applyUrlState(DEFAULT_URL_STATE);
    atlasStore.setState({ file: null });
  });
});

describe('opening a dataset file', () => {
  it('puts a valid file in the query cache and shows it in place of the linked dataset', async () => {
    act(() =>
      atlasStore
        .getState()
        .applyUrlState({ ...DEFAULT_URL_STATE, data: 'other.json', focus: 'un' }),
    );
    const { queryClient, choose } = renderOpener();
    expect(screen.getByRole('button', { name: 'Open dataset…' })).toBeInTheDocument();
    choose(fixture('small.json'));
    await waitFor(() => expect(atlasStore.getState().file).not.toBeNull());
    const { file, data, focus } = atlasStore.getState();
    expect(file?.name).toBe('small.json');
    expect(data).toBeNull();
    expect(focus).toBeNull();
    const dataset = queryClient.getQueryData<Dataset>(fileQueryKey(file!.key));
    expect(dataset?.nodes.map((n) => n.id)).toEqual(loadFixture().nodes.map((n) => n.id));
    expect(dataset?.nodeById.get('enisa')?.shortName).toBe('ENISA');
  });

  it('opens a CSV pair chosen together', async () => {
    const { queryClient, choose } = renderOpener();
    choose(fixture('csv/nodes.csv'), fixture('csv/edges.csv'));
    await waitFor(() => expect(atlasStore.getState().file).not.toBeNull());
    const { file } = atlasStore.getState();
    expect(file?.name).toBe('nodes.csv + edges.csv');
    expect(queryClient.getQueryData<Dataset>(fileQueryKey(file!.key))?.edges).toHaveLength(
      loadFixture().edges.length,
    );
  });

  it('lists the problems of a broken file and changes nothing', async () => {
    const { queryClient, choose } = renderOpener();
    const before = atlasStore.getState();
    choose(fixture('broken/dangling-and-duplicate.json'));
    const dialog = await screen.findByRole('dialog', {
      name: '“dangling-and-duplicate.json” could not be opened',
    });
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('3 problems were found');
    expect(alert).toHaveTextContent('edges[0].target: unknown node id "enisa2"');
    expect(alert).toHaveTextContent('nodes[1].id: duplicate id "enisa"');
    expect(dialog).toHaveTextContent(
      'Nothing was changed: the atlas still shows the bundled dataset.',
    );
    expect(atlasStore.getState().file).toBeNull();
    expect(atlasStore.getState().data).toBe(before.data);
    expect(queryClient.getQueryCache().findAll({ queryKey: ['dataset', 'file'] })).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows a drop target while files are dragged over the window, and opens what is dropped', async () => {
    renderOpener();
    const files = [fixture('small.json')];
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent.dragEnter(document.body, { dataTransfer });
    const overlay = screen.getByTestId('drop-overlay');
    expect(overlay).toHaveTextContent('Drop to open your dataset');
    fireEvent.dragLeave(overlay, { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    fireEvent.dragEnter(document.body, { dataTransfer });
    fireEvent.drop(screen.getByTestId('drop-overlay'), { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    await waitFor(() => expect(atlasStore.getState().file?.name).toBe('small.json'));
  });

  it('clears the problems of a refused file when new files are dragged in', async () => {
    const { choose } = renderOpener();
    choose(fixture('broken/invalid.json'));
    await screen.findByRole('dialog');
    fireEvent.dragEnter(document.body, { dataTransfer: { types: ['Files'], files: [] } });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('drop-overlay')).toBeInTheDocument();
  });

  it('ignores a drag that carries no files, such as selected text', () => {
    renderOpener();
    fireEvent.dragEnter(document.body, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
  });
});

describe('DatasetSourceBar', () => {
  const dataset = loadFixture();

  it('says nothing while the bundled dataset is shown', () => {
    const { container } = render(<DatasetSourceBar dataset={dataset} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names the file shown, as text, and leads back to the bundled dataset', () => {
    act(() => atlasStore.getState().showFile({ key: 'x#1', name: '<b>mine</b>.json' }));
    render(<DatasetSourceBar dataset={dataset} />);
    const bar = screen.getByRole('region', { name: 'Dataset shown' });
    expect(bar).toHaveTextContent(
      `Showing your file “<b>mine</b>.json” (${dataset.nodes.length} nodes, ${dataset.edges.length} ties)`,
    );
    expect(bar.querySelector('b')).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: 'Back to the bundled dataset' }));
    expect(atlasStore.getState().file).toBeNull();
    expect(screen.queryByRole('region', { name: 'Dataset shown' })).toBeNull();
  });

  it('names a linked dataset too', () => {
    act(() =>
      atlasStore.getState().applyUrlState({ ...DEFAULT_URL_STATE, data: '/fixtures/small.json' }),
    );
    render(<DatasetSourceBar dataset={dataset} />);
    expect(screen.getByRole('region', { name: 'Dataset shown' })).toHaveTextContent(
      'Showing the dataset at “/fixtures/small.json”',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to the bundled dataset' }));
    expect(atlasStore.getState().data).toBeNull();
  });
});
