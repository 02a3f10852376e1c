const marked = new Set<string>();

/** A performance mark that is set once per page load, for benchmarks and tests to wait on. */
export function markOnce(name: string) {
  if (marked.has(name) || typeof performance === 'undefined') return;
  marked.add(name);
  performance.mark(name);
}
