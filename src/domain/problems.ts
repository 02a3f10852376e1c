// Kept apart from the parser so that showing problems does not load the schema library.

/** One thing wrong with a dataset document, located by its JSON path. */
export interface DatasetProblem {
  path: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    this.name = 'DatasetError';
  }
}

/** `["edges", 12, "target"]` → `edges[12].target` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export const describeProblem = (p: DatasetProblem): string =>
  p.path ? `${p.path}: ${p.message}` : p.message;
