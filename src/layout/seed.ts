import type { Point } from '../geometry';
import type { Positions } from './forceLayout';

/**
 * A stored layout of a dataset's default view (`npm run data` writes one for the bundled
 * dataset), so that its first picture is drawn at once, at rest, without waiting for physics.
 */
export interface SeedLayout {
  /** The dataset release it was computed for (`meta.version`). */
  version: string;
  /** The layout's random seed and the number of nodes, to tell a stale file. */
  seed: number;
  positions: Record<string, [number, number]>;
}

/** Read a seed file, or null if it is not one (a seed is an optimization: never an error). */
export function readSeed(raw: unknown): SeedLayout | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, seed, positions } = raw as Record<string, unknown>;
  if (typeof version !== 'string' || typeof seed !== 'number') return null;
  if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) return null;
  const valid = Object.values(positions).every(
    (p) => Array.isArray(p) && p.length === 2 && p.every((v) => Number.isFinite(v)),
  );
  return valid ? { version, seed, positions: positions as SeedLayout['positions'] } : null;
}

export function seedPositions(seed: SeedLayout): Positions {
  return new Map(
    Object.entries(seed.positions).map(([id, [x, y]]): [string, Point] => [id, { x, y }]),
  );
}

export function toSeed(version: string, seed: number, positions: Positions): SeedLayout {
  const round = (v: number) => Math.round(v * 10) / 10;
  const out: SeedLayout['positions'] = {};
  for (const [id, p] of positions) out[id] = [round(p.x), round(p.y)];
  return { version, seed, positions: out };
}

/** The layout's random seed, on screen and for the stored seed layout. */
export const LAYOUT_SEED = 7;

const seeds = new WeakMap<object, Positions>();

/** Remember the seed that belongs to a loaded dataset (by identity: datasets are immutable). */
export function attachSeed(dataset: object, positions: Positions) {
  seeds.set(dataset, positions);
}

export const seedFor = (dataset: object): Positions | undefined => seeds.get(dataset);
