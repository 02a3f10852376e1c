// The stored layout of the bundled dataset's default view: the app draws its first picture from
// it at once, at rest, instead of waiting for the force layout to settle.
import type { Dataset } from '../../src/domain';
import { createForceLayout } from '../../src/layout/forceLayout';
import { LAYOUT_SEED, toSeed, type SeedLayout } from '../../src/layout/seed';
import { NO_FILTERS, visibleGraph } from '../../src/model';
import { layoutInput } from '../../src/scene/layoutInput';

/** The default view: every organization and instrument, no period, no focus. */
export function defaultViewGraph(dataset: Dataset) {
  return visibleGraph(dataset, {
    filters: NO_FILTERS,
    range: { from: null, to: null },
    focus: null,
    hops: null,
  });
}

/** Run the app's force layout on the default view until it comes to rest. */
export function seedLayout(dataset: Dataset): SeedLayout {
  const layout = createForceLayout(layoutInput(dataset, defaultViewGraph(dataset)), {
    seed: LAYOUT_SEED,
    manual: true,
  });
  layout.start();
  while (!layout.advance(60_000));
  const seed = toSeed(dataset.meta.version ?? '', LAYOUT_SEED, layout.positions());
  layout.destroy();
  return seed;
}
