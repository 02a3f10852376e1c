import { useMemo } from 'react';
import {
  restrictVia,
  shortestPaths,
  type GraphPath,
  type PathVia,
  type VisibleGraph,
} from '../../model';

export interface PathHighlight {
  paths: GraphPath[];
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const NONE: PathHighlight = { paths: [], nodes: new Set(), edges: new Set() };

export function usePath(
  graph: VisibleGraph,
  ends: [string, string] | null,
  via: PathVia = 'any',
): PathHighlight {
  return useMemo(() => {
    if (!ends) return NONE;
    const paths = shortestPaths(restrictVia(graph, via, ends), ends[0], ends[1]);
    return {
      paths,
      nodes: new Set(paths.flatMap((p) => p.nodes)),
      edges: new Set(paths.flatMap((p) => p.edges.map((e) => e.id))),
    };
  }, [graph, ends, via]);
}
