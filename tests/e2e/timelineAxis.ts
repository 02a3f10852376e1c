import type { Page } from 'playwright-core';

/** Where a year falls on the timeline's axis, in page pixels, read from the ticks on screen. */
export async function axisX(page: Page, year: number) {
  const ticks = await page.$$eval('svg.timeline-svg .axis .tick', (els) =>
    els.map((e) => ({
      label: e.textContent,
      x: e.getBoundingClientRect().left + e.getBoundingClientRect().width / 2,
    })),
  );
  const years = ticks
    .filter((t) => /^\d{4}$/.test(t.label ?? ''))
    .map((t) => ({ year: Number(t.label), x: t.x }));
  const [a, b] = [years[0], years[years.length - 1]];
  return a.x + ((year - a.year) * (b.x - a.x)) / (b.year - a.year);
}
