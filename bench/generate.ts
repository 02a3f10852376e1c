// Synthetic datasets for the benchmark: community-structured, scale-free graphs in the app's own
// document format, so a benchmark exercises the same parsing, filtering and layout as real data.
import { randomLcg } from 'd3-random';
import {
  FUNCTIONS,
  INSTRUMENT_KINDS,
  ORGANIZATION_KINDS,
  REGIONS,
  parseDataset,
  type DatasetDocument,
  type EdgeRecord,
  type NodeRecord,
  type RelationshipType,
} from '../src/domain';

export const DEFAULT_SEED = 20_240_611;

export interface GenerateOptions {
  nodes: number;
  /** Average ties per node; the document gets round(nodes × edgesPerNode) edges. */
  edgesPerNode?: number;
  /** Share of edges that join two communities. */
  crossShare?: number;
  seed?: number;
}

type NodeType = 'organization' | 'instrument';
type Edge = Pick<EdgeRecord, 'source' | 'target' | 'type' | 'sources'>;

/**
 * Relationship types that make sense for each (source type, target type) pair, so that the
 * details panel and filters see plausible data rather than one repeated type.
 */
const RELATIONSHIPS: Record<`${NodeType}>${NodeType}`, RelationshipType[]> = {
  'organization>organization': ['part-of', 'member-of', 'cooperates-with'],
  'organization>instrument': ['implements', 'established-by'],
  'instrument>organization': ['adopted-by', 'mandates'],
  'instrument>instrument': ['builds-on', 'supplements', 'supersedes'],
};

/**
 * A deterministic graph: nodes fall into communities of uneven size (a few large, many small);
 * inside each, every newcomer ties to existing members chosen by preferential attachment (so
 * degrees are heavy-tailed, with hubs); a few ties cross communities, also preferring hubs.
 * The same options always give the same document, byte for byte.
 */
export function generateDataset(options: GenerateOptions): DatasetDocument {
  const n = Math.floor(options.nodes);
  const seed = options.seed ?? DEFAULT_SEED;
  const edgesPerNode = options.edgesPerNode ?? 2.5;
  const crossShare = options.crossShare ?? 0.04;
  if (n < 2) throw new Error(`a benchmark graph needs at least 2 nodes, got ${options.nodes}`);
  const random = randomLcg(seed);
  const int = (below: number) => Math.min(below - 1, Math.floor(random() * below));
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];

  const targetEdges = Math.round(n * edgesPerNode);
  // A simple graph on n nodes cannot hold more than n(n-1)/2 ties.
  if (targetEdges > (n * (n - 1)) / 2) throw new Error(`too many edges for ${n} nodes`);
  const communityCount = Math.max(2, Math.round(Math.sqrt(n) / 2));
  const width = String(n - 1).length;
  const idOf = (i: number) => `bench-${String(i).padStart(width, '0')}`;

  // Skewed community sizes: squaring a uniform draw favours low community indices.
  const communityOf = Array.from({ length: n }, () => Math.floor(random() ** 2 * communityCount));
  const members: number[][] = Array.from({ length: communityCount }, () => []);
  communityOf.forEach((c, i) => members[c].push(i));
  const flavour = Array.from({ length: communityCount }, (_, c) => ({
    region: REGIONS[c % REGIONS.length],
    functions: [FUNCTIONS[c % FUNCTIONS.length], FUNCTIONS[(c * 3 + 1) % FUNCTIONS.length]],
  }));

  const types: NodeType[] = Array.from({ length: n }, () =>
    random() < 0.45 ? 'organization' : 'instrument',
  );
  const nodes: NodeRecord[] = types.map((type, i) => {
    const c = communityOf[i];
    const { region, functions } = flavour[c];
    const id = idOf(i);
    return {
      id,
      type,
      kind: type === 'organization' ? pick(ORGANIZATION_KINDS) : pick(INSTRUMENT_KINDS),
      name: `Synthetic ${type} ${i} of community ${c}`,
      regions: random() < 0.15 ? [region, 'global'] : [region],
      functions: random() < 0.5 ? [functions[0]] : [...new Set(functions)],
      start: String(1990 + int(35)),
      sources: [{ title: `Benchmark fixture ${id}`, url: `https://example.org/bench/${id}` }],
    };
  });

  const edges: Edge[] = [];
  const pairs = new Set<number>();
  const degree = new Array<number>(n).fill(0);
  const tie = (a: number, b: number) => {
    if (a === b) return false;
    const key = a < b ? a * n + b : b * n + a;
    if (pairs.has(key)) return false;
    pairs.add(key);
    // The direction follows the relationship's meaning only loosely; both ends are valid.
    const [source, target] = random() < 0.5 ? [a, b] : [b, a];
    const type = pick(RELATIONSHIPS[`${types[source]}>${types[target]}`]);
    edges.push({
      source: idOf(source),
      target: idOf(target),
      type,
      sources: [{ title: 'Benchmark fixture tie', url: 'https://example.org/bench/tie' }],
    });
    degree[a]++;
    degree[b]++;
    return true;
  };

  // Preferential attachment: a member appears in `ends` once on arrival and once per tie, so a
  // uniform draw from it picks members in proportion to degree + 1.
  const insideTarget = targetEdges - Math.round(targetEdges * crossShare);
  const perNewcomer = insideTarget / n;
  const ends: number[][] = members.map(() => []);
  members.forEach((list, c) => {
    list.forEach((node, j) => {
      const wanted = Math.min(j, Math.floor(perNewcomer) + (random() < perNewcomer % 1 ? 1 : 0));
      for (let k = 0, tries = 0; k < wanted && tries < wanted * 20; tries++) {
        const other = pick(ends[c]);
        if (tie(node, other)) {
          ends[c].push(other);
          k++;
        }
      }
      ends[c].push(node);
      for (let k = 0; k < degree[node]; k++) ends[c].push(node);
    });
  });
  // Small communities cannot take their share: top up inside the larger ones, then cross.
  const big = members.flatMap((list, c) => (list.length > 2 ? [c] : []));
  const all: number[] = ends.flat();
  let guard = 0;
  while (edges.length < insideTarget && guard++ < targetEdges * 50 && big.length > 0) {
    const c = pick(big);
    const a = pick(ends[c]);
    const b = pick(ends[c]);
    if (tie(a, b)) ends[c].push(a, b);
  }
  while (edges.length < targetEdges && guard++ < targetEdges * 100) {
    const a = pick(all);
    const b = pick(all);
    if (communityOf[a] !== communityOf[b] || communityCount === 1) tie(a, b);
  }
  // Tiny graphs may have no room left between communities; fill with any pair.
  while (edges.length < targetEdges) tie(int(n), int(n));

  return {
    schemaVersion: 1,
    meta: {
      title: `Synthetic benchmark network, ${n} nodes`,
      version: `bench-${seed}`,
      description: `Generated for performance measurement: ${communityCount} communities, ${edges.length} ties, seed ${seed}. Not real data.`,
      license: 'CC0-1.0',
    },
    nodes,
    edges,
  };
}

/** Generate and check with the app's own parser: a benchmark on an invalid file measures nothing. */
export function generateValidDataset(options: GenerateOptions): DatasetDocument {
  const doc = generateDataset(options);
  const result = parseDataset(doc);
  if (!result.ok) {
    const shown = result.problems
      .slice(0, 10)
      .map((p) => `  ${p.path}: ${p.message}`)
      .join('\n');
    throw new Error(
      `generated dataset (${options.nodes} nodes) is invalid, ${result.problems.length} problems:\n${shown}`,
    );
  }
  return doc;
}
