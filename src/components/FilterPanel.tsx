import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain';
import { FUNCTIONS, NODE_TYPES, REGIONS, RELATIONSHIP_TYPES } from '../domain';
import { useT } from '../i18n/react';
import { term, type TermGroup } from '../i18n/terms';
import { activeFilterCount, facetCounts } from '../model';
import { atlasStore, selectFilters, useAtlas, type Facet } from '../store';
import { FUNCTION_COLOURS } from '../theme/tokens';

interface Option {
  id: string;
  label: string;
  description: string;
  colour?: string;
}

function FacetGroup({
  facet,
  title,
  options,
  selected,
  counts,
}: {
  facet: Facet;
  title: string;
  options: Option[];
  selected: readonly string[];
  counts: Record<string, number>;
}) {
  const t = useT();
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {options.map((o) => {
        const checked = selected.includes(o.id);
        return (
          <label
            key={o.id}
            className={counts[o.id] === 0 && !checked ? 'facet-option is-empty' : 'facet-option'}
            title={o.description}
          >
            <input
              type="checkbox"
              // Named with its count in words ("Africa (1 node)"); the number shown is not read twice.
              aria-label={t('filters.option', {
                label: o.label,
                count: t(facet === 'rels' ? 'filters.count.ties' : 'filters.count.nodes', {
                  count: counts[o.id],
                }),
              })}
              checked={checked}
              onChange={() => atlasStore.getState().toggleFacet(facet, o.id as never)}
            />
            {o.colour && <span className="dot" style={{ background: o.colour }} aria-hidden />}
            <span className="facet-label">{o.label}</span>
            <span className="facet-count" aria-hidden="true">
              {counts[o.id]}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

const terms = <T extends string>(
  ids: readonly T[],
  group: TermGroup,
  colour?: (id: T) => string,
): Option[] =>
  ids.map((id) => ({
    id,
    label: term(group, id),
    description: term(group, id, 'description'),
    colour: colour?.(id),
  }));

/** Facet filters with counts: OR within a facet, AND across facets. */
export function FilterPanel({ dataset }: { dataset: Dataset }) {
  const filters = useAtlas(useShallow(selectFilters));
  const undated = useAtlas((st) => st.undated);
  const diff = useAtlas((st) => st.diff);
  // Changes need a period with both ends: from its start to its end.
  const period = useAtlas((st) => Boolean(st.from && st.to));
  const counts = useMemo(() => facetCounts(dataset, filters), [dataset, filters]);
  const active = activeFilterCount(filters);
  const s = atlasStore.getState();
  const t = useT();
  const open = useAtlas((st) => st.filtersOpen);
  return (
    <nav
      id="filters"
      className={`filters${open ? ' is-open' : ''}`}
      aria-label={t('filters.title')}
    >
      <div className="filters-head">
        <h2>{t('filters.title')}</h2>
        <button type="button" className="small-only" onClick={() => s.setFiltersOpen(false)}>
          {t('filters.done')}
        </button>
        <button
          type="button"
          disabled={active === 0}
          onClick={() =>
            ['regions', 'functions', 'types', 'rels'].forEach((f) => s.setFacet(f as Facet, []))
          }
        >
          {t('filters.clear')}
        </button>
      </div>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={filters.states}
          onChange={(e) => s.setStatesLayer(e.target.checked)}
        />
        {t('filters.states')}
      </label>
      <label className="switch" title={t('filters.undated.title')}>
        <input
          type="checkbox"
          role="switch"
          checked={undated === 'show'}
          onChange={(e) => s.setUndated(e.target.checked ? 'show' : 'hide')}
        />
        {t('filters.undated')}
      </label>
      {period && (
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={diff}
            onChange={(e) => s.setDiff(e.target.checked)}
          />
          {t('changes.show')}
        </label>
      )}
      <FacetGroup
        facet="regions"
        title={t('filters.region')}
        options={terms(REGIONS, 'region')}
        selected={filters.regions}
        counts={counts.regions}
      />
      <FacetGroup
        facet="functions"
        title={t('filters.function')}
        options={terms(FUNCTIONS, 'function', (f) => FUNCTION_COLOURS[f])}
        selected={filters.functions}
        counts={counts.functions}
      />
      <FacetGroup
        facet="types"
        title={t('filters.type')}
        options={terms(NODE_TYPES, 'type')}
        selected={filters.types}
        counts={counts.types}
      />
      <FacetGroup
        facet="rels"
        title={t('filters.relationship')}
        options={terms(RELATIONSHIP_TYPES, 'rel')}
        selected={filters.rels}
        counts={counts.rels}
      />
      <details className="filter-help">
        <summary>{t('filters.help')}</summary>
        <p>{t('filters.help.combine')}</p>
        <p>{t('filters.help.period')}</p>
      </details>
    </nav>
  );
}
