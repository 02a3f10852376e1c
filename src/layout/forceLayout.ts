import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';

export interface LayoutInput {
  nodes: readonly { id: string; degree: number; radius: number }[];
  links: readonly { source: string; target: string; strength?: number }[];
}

export interface Point {
  x: number;
  y: number;
}
export type Positions = ReadonlyMap<string, Point>;

export interface LayoutOptions {
  seed?: number;
  /** Ticks run synchronously before the first frame, so the first picture is already legible. */
  warmupTicks?: number;
  /** The alpha below which the layout counts as at rest. */
  alphaMin?: number;
}

export interface ForceLayout {
  start(): void;
  stop(): void;
  reheat(alpha?: number): void;
  update(input: LayoutInput): void;
  subscribe(listener: () => void): () => void;
  positions(): Positions;
  pin(id: string, x: number, y: number): void;
  unpin(id: string): void;
  isSettled(): boolean;
  /** Advance by hand (tests, export): returns the positions after `n` ticks. */
  tick(n: number): Positions;
  destroy(): void;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  degree: number;
  radius: number;
}
type SimLink = SimulationLinkDatum<SimNode> & { strength: number };

/** Deterministic jitter, so that nodes placed at the same spot can separate. */
const jitter = (i: number) => ((((i * 2654435761) >>> 0) % 1000) / 1000 - 0.5) * 8;

/**
 * d3-force behind a small interface: React never sees the simulation, only snapshots of
 * positions. Seeded, so the same graph always gives the same picture.
 */
export function createForceLayout(input: LayoutInput, options: LayoutOptions = {}): ForceLayout {
  const seed = options.seed ?? 42;
  const alphaMin = options.alphaMin ?? 0.02;
  const listeners = new Set<() => void>();
  let snapshot: Positions = new Map();
  let nodes: SimNode[] = [];
  let running = false;

  const simulation: Simulation<SimNode, SimLink> = forceSimulation<SimNode, SimLink>()
    .randomSource(randomLcg(seed))
    .alphaMin(alphaMin)
    .alphaDecay(0.03)
    .velocityDecay(0.45)
    .stop();

  const emit = () => {
    snapshot = new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    listeners.forEach((l) => l());
  };

  simulation.on('tick', emit);
  simulation.on('end', () => {
    running = false;
    emit();
  });

  function setGraph(next: LayoutInput) {
    const previous = new Map(nodes.map((n) => [n.id, n]));
    const neighbours = new Map<string, string[]>();
    for (const l of next.links) {
      (neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
      (neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
    }
    nodes = next.nodes.map((n, i) => {
      const kept = previous.get(n.id);
      if (kept) return Object.assign(kept, { degree: n.degree, radius: n.radius });
      // A newcomer starts beside a neighbour that already has a place, so nothing jumps.
      const anchor = (neighbours.get(n.id) ?? []).map((id) => previous.get(id)).find(Boolean);
      const node: SimNode = { id: n.id, degree: n.degree, radius: n.radius };
      if (anchor) {
        node.x = (anchor.x ?? 0) + jitter(i);
        node.y = (anchor.y ?? 0) + jitter(i + 7);
      }
      return node;
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const links: SimLink[] = next.links
      .filter((l) => byId.has(l.source) && byId.has(l.target))
      .map((l) => ({
        source: byId.get(l.source)!,
        target: byId.get(l.target)!,
        strength: l.strength ?? 1,
      }));

    simulation
      .nodes(nodes)
      .force(
        'link',
        forceLink<SimNode, SimLink>(links)
          .id((d) => d.id)
          .distance((l) => 42 + (l.source as SimNode).radius + (l.target as SimNode).radius)
          .strength(
            (l) =>
              l.strength /
              Math.min((l.source as SimNode).degree || 1, (l.target as SimNode).degree || 1),
          ),
      )
      .force(
        'charge',
        forceManyBody<SimNode>()
          .strength((d) => -110 - 20 * Math.sqrt(d.degree))
          .theta(0.9)
          .distanceMax(600),
      )
      .force('collide', forceCollide<SimNode>((d) => d.radius + 6).iterations(1))
      .force('x', forceX<SimNode>(0).strength(0.05))
      .force('y', forceY<SimNode>(0).strength(0.07));
  }

  setGraph(input);
  if (options.warmupTicks) simulation.tick(options.warmupTicks);
  emit();

  return {
    start() {
      if (simulation.alpha() < alphaMin) return;
      running = true;
      simulation.restart();
    },
    stop() {
      running = false;
      simulation.stop();
    },
    reheat(alpha = 0.3) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
      running = true;
      simulation.restart();
    },
    update(next) {
      setGraph(next);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    positions: () => snapshot,
    pin(id, x, y) {
      const n = nodes.find((d) => d.id === id);
      if (!n) return;
      n.fx = x;
      n.fy = y;
    },
    unpin(id) {
      const n = nodes.find((d) => d.id === id);
      if (!n) return;
      n.fx = null;
      n.fy = null;
    },
    isSettled: () => !running,
    tick(n) {
      simulation.tick(n);
      emit();
      return snapshot;
    },
    destroy() {
      simulation.stop();
      simulation.on('tick', null).on('end', null);
      listeners.clear();
    },
  };
}
