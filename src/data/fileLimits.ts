/** A generous ceiling, so that a mistaken or hostile file (a zip bomb) fails fast and plainly. */
export const MAX_BYTES = 200 * 1024 * 1024;
