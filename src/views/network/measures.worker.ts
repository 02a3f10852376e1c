// Betweenness on a large network takes seconds; here it does not hold up the page.
import { networkMeasures } from '../../model/measures';
import type { MeasuresRequest } from './useNetworkMeasures';

self.onmessage = (event: MessageEvent<MeasuresRequest>) => {
  const { id, nodes, edges } = event.data;
  const graph = {
    nodes: nodes.map((n) => ({ id: n }) as never),
    edges: edges.map(([source, target]) => ({ source, target }) as never),
  };
  self.postMessage({ id, values: networkMeasures(graph) });
};
