// Comparing screenshots: decode PNGs, crop, shrink and measure how far two images differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel, row by row. */
  data: Uint8Array;
}

export function readPng(path: string): Pixels {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: png.data };
}

export function writePng(image: Pixels, path: string) {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data);
  writeFileSync(path, PNG.sync.write(png));
}

/** A rectangle of an image; fractional edges are rounded to whole pixels. */
export function crop(image: Pixels, x: number, y: number, width: number, height: number): Pixels {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const w = Math.min(image.width - x0, Math.round(width));
  const h = Math.min(image.height - y0, Math.round(height));
  const data = new Uint8Array(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((y0 + row) * image.width + x0) * 4;
    data.set(image.data.subarray(from, from + w * 4), row * w * 4);
  }
  return { width: w, height: h, data };
}

/**
 * Shrink to `width` × `height` by averaging the source pixels each target pixel covers (weighted
 * by how much of each it covers), so thin lines and text blur into their surroundings instead of
 * flickering in or out. Two renderings of the same drawing at slightly different scales then
 * agree, while a missing or moved shape still shows.
 */
export function shrink(image: Pixels, width: number, height: number): Pixels {
  const out = new Uint8Array(width * height * 4);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let ty = 0; ty < height; ty++) {
    const y0 = ty * sy;
    const y1 = y0 + sy;
    for (let tx = 0; tx < width; tx++) {
      const x0 = tx * sx;
      const x1 = x0 + sx;
      const sum = [0, 0, 0, 0];
      let area = 0;
      for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
          const w = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
          const i =
            (Math.min(y, image.height - 1) * image.width + Math.min(x, image.width - 1)) * 4;
          for (let c = 0; c < 4; c++) sum[c] += image.data[i + c] * w;
          area += w;
        }
      }
      for (let c = 0; c < 4; c++) out[(ty * width + tx) * 4 + c] = Math.round(sum[c] / area);
    }
  }
  return { width, height, data: out };
}

export interface Comparison {
  /** Mean absolute difference per colour channel, 0 (same) to 255. */
  meanDifference: number;
  /** Share of pixels whose largest channel difference is within the tolerance. */
  alike: number;
  /** White where the images agree, darker where they differ (differences tripled, to show). */
  diff: Pixels;
}

/** Compare two images of the same size, colour channels only (screenshots are opaque). */
export function compare(a: Pixels, b: Pixels, tolerance = 32): Comparison {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const n = a.width * a.height;
  const diff = new Uint8Array(n * 4);
  let total = 0;
  let alike = 0;
  for (let p = 0; p < n; p++) {
    let worst = 0;
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a.data[p * 4 + c] - b.data[p * 4 + c]);
      total += d;
      worst = Math.max(worst, d);
    }
    if (worst <= tolerance) alike++;
    const shade = 255 - Math.min(255, worst * 3);
    diff.set([shade, shade, shade, 255], p * 4);
  }
  return {
    meanDifference: total / (n * 3),
    alike: alike / n,
    diff: { width: a.width, height: a.height, data: diff },
  };
}

/** Each pixel as a `factor` × `factor` block, to look at a small image. */
export function enlarge(image: Pixels, factor: number): Pixels {
  const width = image.width * factor;
  const height = image.height * factor;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const from = (Math.floor(y / factor) * image.width + Math.floor(x / factor)) * 4;
      data.set(image.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  return { width, height, data };
}
