import { useEffect } from 'react';
import type { VisibleGraph } from '../../model';
import type { NetworkMeasures } from '../../model/measures';
import { atlasStore, useAtlas } from '../../store';

export interface MeasuresRequest {
  id: number;
  nodes: string[];
  edges: [string, string][];
}

let lastId = 0;

/**
 * The measures of the visible graph, computed in a worker while the measures panel is open or
 * the nodes are sized or coloured by them; kept in the store for the drawing, the panel and
 * the export. Each new graph replaces the computation still running for the last one.
 */
export function useNetworkMeasures(graph: VisibleGraph, needed = false) {
  const wanted =
    useAtlas((s) => s.measures || s.size !== 'ties' || s.colour === 'community') || needed;
  useEffect(() => {
    if (!wanted) return;
    const id = ++lastId;
    const request: MeasuresRequest = {
      id,
      nodes: graph.nodes.map((n) => n.id),
      edges: graph.edges.map((e) => [e.source, e.target]),
    };
    const done = (values: NetworkMeasures) => {
      if (id === lastId) atlasStore.getState().setMeasureValues(values);
    };
    if (typeof Worker === 'undefined') {
      void import('../../model/measures').then((m) => done(m.networkMeasures(graph)));
      return;
    }
    const worker = new Worker(new URL('./measures.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<{ id: number; values: NetworkMeasures }>) => {
      done(event.data.values);
      worker.terminate();
    };
    worker.onerror = (event) => {
      // A worker that cannot start: measure here, slower but the same.
      event.preventDefault();
      worker.terminate();
      void import('../../model/measures').then((m) => done(m.networkMeasures(graph)));
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [graph, wanted]);
}
