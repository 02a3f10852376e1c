import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain';
import {
  FUNCTIONS,
  FUNCTION_TERMS,
  NODE_TYPES,
  NODE_TYPE_TERMS,
  REGIONS,
  REGION_TERMS,
  RELATIONSHIP_TERMS,
  RELATIONSHIP_TYPES,
} from '../domain';
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
              checked={checked}
              onChange={() => atlasStore.getState().toggleFacet(facet, o.id as never)}
            />
            {o.colour && <span className="dot" style={{ background: o.colour }} aria-hidden />}
            <span className="facet-label">{o.label}</span>
            <span
              className="facet-count"
              aria-label={`${counts[o.id]} ${facet === 'rels' ? 'ties' : 'nodes'}`}
            >
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
  table: Record<T, { label: string; description: string }>,
  colour?: (id: T) => string,
): Option[] =>
  ids.map((id) => ({
    id,
    label: table[id].label,
    description: table[id].description,
    colour: colour?.(id),
  }));

/** Facet filters with counts: OR within a facet, AND across facets. */
export function FilterPanel({ dataset }: { dataset: Dataset }) {
  const filters = useAtlas(useShallow(selectFilters));
  const undated = useAtlas((st) => st.undated);
  const counts = useMemo(() => facetCounts(dataset, filters), [dataset, filters]);
  const active = activeFilterCount(filters);
  const s = atlasStore.getState();
  return (
    <nav className="filters" aria-label="Filters">
      <div className="filters-head">
        <h2>Filters</h2>
        <button
          type="button"
          disabled={active === 0}
          onClick={() =>
            ['regions', 'functions', 'types', 'rels'].forEach((f) => s.setFacet(f as Facet, []))
          }
        >
          Clear
        </button>
      </div>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={filters.states}
          onChange={(e) => s.setStatesLayer(e.target.checked)}
        />
        Show states and their memberships
      </label>
      <label className="switch" title="With a period set, ties whose date is not known">
        <input
          type="checkbox"
          role="switch"
          checked={undated === 'show'}
          onChange={(e) => s.setUndated(e.target.checked ? 'show' : 'hide')}
        />
        Show ties of unknown date (with a period set)
      </label>
      <FacetGroup
        facet="regions"
        title="Region"
        options={terms(REGIONS, REGION_TERMS)}
        selected={filters.regions}
        counts={counts.regions}
      />
      <FacetGroup
        facet="functions"
        title="Function"
        options={terms(FUNCTIONS, FUNCTION_TERMS, (f) => FUNCTION_COLOURS[f])}
        selected={filters.functions}
        counts={counts.functions}
      />
      <FacetGroup
        facet="types"
        title="Type"
        options={terms(NODE_TYPES, NODE_TYPE_TERMS)}
        selected={filters.types}
        counts={counts.types}
      />
      <FacetGroup
        facet="rels"
        title="Relationship"
        options={terms(RELATIONSHIP_TYPES, RELATIONSHIP_TERMS)}
        selected={filters.rels}
        counts={counts.rels}
      />
      <details className="filter-help">
        <summary>How filters combine</summary>
        <p>
          Choices within a group widen the view (any of them); groups narrow it (all of them).
          “Global” is a region of its own. Functions do not apply to states. With states hidden,
          their memberships are hidden too. A tie shows when both its ends show and its relationship
          is chosen (or none is). Numbers say how many nodes (ties, for relationships) each choice
          would show.
        </p>
        <p>
          With a period set, the network shows each tie as it stood at the period’s end: a state is
          a signatory from its signature and a party from the treaty’s entry into force for it. Ties
          whose date is not known are drawn dotted, counted in the status line, and can be hidden;
          they are never drawn as if they had always existed.
        </p>
      </details>
    </nav>
  );
}
