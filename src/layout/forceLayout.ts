import type { Point } from '../geometry';
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

export type Positions = ReadonlyMap<string, Point>;

export interface LayoutOptions {
  seed?: number;
  /** Ticks run synchronously before the first frame, so the first picture is already legible. */
  warmupTicks?: number;
  /** The alpha below which the layout counts as at rest. */
  alphaMin?: number;
  /**
   * Driven by the caller through `advance()` instead of by animation frames: a worker ticks as
   * fast as it can and posts positions at its own pace.
   */
  manual?: boolean;
  /**
   * Time spent ticking per animation frame when not manual. Several ticks per frame let a small
   * graph settle in well under a second instead of one tick a frame for seconds.
   */
  frameBudgetMs?: number;
  /**
   * Where the nodes start, as a layout computed earlier for the same graph (a stored seed).
   * Nodes it lacks start beside a placed neighbour; with none of them placed, on the spiral.
   */
  initial?: Positions;
  /** With `initial` covering every node: start at rest, as that layout ended. */
  atRest?: boolean;
}

/**
 * Force parameters by graph size. Repulsion dominates the cost of a tick, so a large graph gets
 * a coarser Barnes–Hut approximation (theta), a shorter reach for repulsion, no collision force
 * and faster cooling: 10,000 nodes settle in about 32 ticks instead of 130, from a start that
 * already gathers each community (see communityStart). A small graph keeps the finer, calmer
 * settings.
 */
export function tuningFor(nodeCount: number) {
  if (nodeCount > 5000) return { theta: 1.5, distanceMax: 300, alphaDecay: 0.12, collide: false };
  if (nodeCount > 1500) return { theta: 1.2, distanceMax: 300, alphaDecay: 0.045, collide: true };
  return { theta: 0.9, distanceMax: 600, alphaDecay: 0.03, collide: true };
}

/** What a view needs of a layout, wherever it runs (this thread or a worker). */
export interface LiveLayout {
  start(): void;
  stop(): void;
  reheat(alpha?: number): void;
  update(input: LayoutInput): void;
  subscribe(listener: () => void): () => void;
  positions(): Positions;
  pin(id: string, x: number, y: number): void;
  unpin(id: string): void;
  isSettled(): boolean;
  destroy(): void;
}

export interface ForceLayout extends LiveLayout {
  /** Advance by hand (tests, export): returns the positions after `n` ticks. */
  tick(n: number): Positions;
  /** Tick for up to `budgetMs` (manual mode); returns true when the layout has come to rest. */
  advance(budgetMs: number): boolean;
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
 * Breadth-first order from the best-connected node: laid on d3's phyllotaxis spiral in this
 * order, neighbours start near each other, so the forces untangle less and settle sooner.
 */
export function breadthFirstOrder(ids: readonly string[], links: LayoutInput['links']): string[] {
  const adjacent = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const l of links) {
    adjacent.get(l.source)?.push(l.target);
    adjacent.get(l.target)?.push(l.source);
  }
  const byDegree = [...ids].sort(
    (a, b) => adjacent.get(b)!.length - adjacent.get(a)!.length || (a < b ? -1 : 1),
  );
  const seen = new Set<string>();
  const order: string[] = [];
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    seen.add(start);
    order.push(start);
    for (let head = order.length - 1; head < order.length; head++) {
      for (const next of adjacent.get(order[head])!) {
        if (seen.has(next)) continue;
        seen.add(next);
        order.push(next);
      }
    }
  }
  return order;
}

const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));
const spiralPoint = (i: number, scale = INITIAL_RADIUS): Point => {
  const radius = scale * Math.sqrt(0.5 + i);
  return { x: radius * Math.cos(i * INITIAL_ANGLE), y: radius * Math.sin(i * INITIAL_ANGLE) };
};

/** Above this many nodes a layout starts from its communities rather than one spiral. */
const COMMUNITY_START_MIN = 1500;

/** d3's phyllotaxis spiral, filled in breadth-first order. */
function spiralStart(input: LayoutInput): Map<string, Point> {
  const order = breadthFirstOrder(
    input.nodes.map((n) => n.id),
    input.links,
  );
  return new Map(order.map((id, i) => [id, spiralPoint(i)]));
}

/**
 * Communities by label propagation: each node, in a fixed order, takes the label most common
 * among its neighbours, a few rounds over. Deterministic and linear in the number of links.
 */
export function communities(ids: readonly string[], links: LayoutInput['links'], rounds = 5) {
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacent: number[][] = ids.map(() => []);
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    adjacent[a].push(b);
    adjacent[b].push(a);
  }
  const label = ids.map((_, i) => i);
  const order = breadthFirstOrder(ids, links).map((id) => index.get(id)!);
  const counts = new Map<number, number>();
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const i of order) {
      if (adjacent[i].length === 0) continue;
      counts.clear();
      for (const j of adjacent[i]) counts.set(label[j], (counts.get(label[j]) ?? 0) + 1);
      // A node keeps its label when it is among the most common; otherwise it takes the largest
      // of them (taking the smallest lets one early label flood across every bridge).
      let most = 0;
      for (const c of counts.values()) most = Math.max(most, c);
      let best = -1;
      if (counts.get(label[i]) === most) best = label[i];
      else for (const [l, c] of counts) if (c === most && l > best) best = l;
      if (best !== label[i]) {
        label[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return new Map(ids.map((id, i) => [id, label[i]]));
}

/**
 * A large graph starts with each community gathered on a small spiral of its own, the
 * communities laid out biggest first on a wide spiral: the forces then only need to settle
 * each group and its neighbours, not untangle one long spiral.
 */
function communityStart(input: LayoutInput): Map<string, Point> {
  const byId = communities(
    input.nodes.map((n) => n.id),
    input.links,
  );
  const groups = new Map<number, string[]>();
  for (const id of breadthFirstOrder(
    input.nodes.map((n) => n.id),
    input.links,
  )) {
    const l = byId.get(id)!;
    (groups.get(l) ?? groups.set(l, []).get(l)!).push(id);
  }
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  const start = new Map<string, Point>();
  let filled = 0;
  for (const members of sorted) {
    // The group's centre sits where the middle of its share of one big spiral would be.
    const centre = spiralPoint(filled + members.length / 2, INITIAL_RADIUS * 1.6);
    members.forEach((id, i) => {
      const p = spiralPoint(i);
      start.set(id, { x: centre.x + p.x, y: centre.y + p.y });
    });
    filled += members.length;
  }
  return start;
}

/**
 * d3-force behind a small interface: React never sees the simulation, only snapshots of
 * positions. Seeded, so the same graph always gives the same picture.
 */
export function createForceLayout(input: LayoutInput, options: LayoutOptions = {}): ForceLayout {
  const seed = options.seed ?? 42;
  const alphaMin = options.alphaMin ?? 0.02;
  const manual = options.manual ?? false;
  const tuning = tuningFor(input.nodes.length);
  const listeners = new Set<() => void>();
  let snapshot: Positions = new Map();
  let nodes: SimNode[] = [];
  let running = false;

  const simulation: Simulation<SimNode, SimLink> = forceSimulation<SimNode, SimLink>()
    .randomSource(randomLcg(seed))
    .alphaMin(alphaMin)
    .alphaDecay(tuning.alphaDecay)
    .velocityDecay(0.45)
    .stop();

  const emit = () => {
    snapshot = new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    listeners.forEach((l) => l());
  };

  const frameBudget = options.frameBudgetMs ?? 6;
  const nextFrame: (callback: () => void) => unknown =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame
      : (callback) => setTimeout(callback, 16);
  let looping = false;
  const loop = () => {
    if (!running) {
      looping = false;
      return;
    }
    advance(frameBudget);
    nextFrame(loop);
  };
  /** Tick on every animation frame until at rest (not in manual mode). */
  const run = () => {
    running = true;
    if (manual || looping) return;
    looping = true;
    nextFrame(loop);
  };

  function advance(budgetMs: number): boolean {
    if (!running) return true;
    const until = performance.now() + budgetMs;
    do simulation.tick();
    while (simulation.alpha() >= alphaMin && performance.now() < until);
    if (simulation.alpha() < alphaMin) running = false;
    emit();
    return !running;
  }

  /** A fresh layout starts on the spiral in breadth-first order (see breadthFirstOrder). */
  function placeOnSpiral(next: LayoutInput) {
    const start =
      next.nodes.length > COMMUNITY_START_MIN ? communityStart(next) : spiralStart(next);
    for (const node of nodes) Object.assign(node, start.get(node.id));
  }

  function setGraph(next: LayoutInput, initial?: Positions) {
    const previous = new Map<string, SimNode | Point>(nodes.map((n) => [n.id, n]));
    if (initial) for (const [id, p] of initial) previous.set(id, p);
    const neighbours = new Map<string, string[]>();
    for (const l of next.links) {
      (neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
      (neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
    }
    nodes = next.nodes.map((n, i) => {
      const kept = previous.get(n.id);
      if (kept && 'id' in kept) return Object.assign(kept, { degree: n.degree, radius: n.radius });
      if (kept) return { id: n.id, degree: n.degree, radius: n.radius, x: kept.x, y: kept.y };
      // A newcomer starts beside a neighbour that already has a place, so nothing jumps.
      const anchor = (neighbours.get(n.id) ?? []).map((id) => previous.get(id)).find(Boolean);
      const node: SimNode = { id: n.id, degree: n.degree, radius: n.radius };
      if (anchor) {
        node.x = (anchor.x ?? 0) + jitter(i);
        node.y = (anchor.y ?? 0) + jitter(i + 7);
      }
      return node;
    });
    if (previous.size === 0) placeOnSpiral(next);
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
          .theta(tuning.theta)
          .distanceMax(tuning.distanceMax),
      )
      .force(
        'collide',
        tuning.collide ? forceCollide<SimNode>((d) => d.radius + 6).iterations(1) : null,
      )
      .force('x', forceX<SimNode>(0).strength(0.05))
      .force('y', forceY<SimNode>(0).strength(0.07));
  }

  setGraph(input, options.initial);
  if (options.atRest && options.initial && input.nodes.every((n) => options.initial!.has(n.id)))
    simulation.alpha(alphaMin / 2);
  else if (options.warmupTicks) simulation.tick(options.warmupTicks);
  emit();

  return {
    start() {
      if (simulation.alpha() < alphaMin) return;
      run();
    },
    stop() {
      running = false;
      simulation.stop();
    },
    reheat(alpha = 0.3) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
      run();
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
    advance,
    destroy() {
      running = false;
      simulation.stop();
      listeners.clear();
    },
  };
}
