/** The person asked their system for less motion (WCAG 2.3.3): animations step or stop. */
export const prefersReducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
