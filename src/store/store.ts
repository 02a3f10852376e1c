import { createStore, useStore } from 'zustand';
import type { CyberFunction, NodeType, Region, RelationshipType } from '../domain';
import type { Point, Transform } from '../geometry';
import {
  PLAIN_LOOK,
  type GraphFilters,
  type NodeLookOptions,
  type TimeRange,
  type TimelineGrouping,
  type ViewQuery,
} from '../model';
import type { NetworkMeasures } from '../model/measures';
import type { PathVia } from '../model/paths';
import type { MatrixOrder } from '../model/matrix';
import {
  DEFAULT_URL_STATE,
  type NodeColouring,
  type NodeSizing,
  type Notice,
  type UrlState,
  type ViewName,
} from './urlState';
import type { Locale } from '../i18n/locales';

export type Facet = 'regions' | 'functions' | 'types' | 'rels';
type FacetValue = Region | CyberFunction | NodeType | RelationshipType;

/** A dataset the user opened from a file; it lives in the query cache under `key`. */
export interface OpenedFile {
  key: string;
  name: string;
}

/** What the network view shows: its camera and the size of its drawing. */
export interface NetworkViewport {
  transform: Transform;
  width: number;
  height: number;
  /** The layout's positions as they are now (the layout engine owns them; they move). */
  positions(): ReadonlyMap<string, Point>;
}

/** What the timeline shows: the period across its plot (ms since 1970), its size and scroll. */
export interface TimelineViewport {
  domain: [number, number];
  width: number;
  height: number;
  scrollTop: number;
}

export interface UiState {
  hovered: string | null;
  /** "Connect…": the first node of a path, waiting for the second. */
  connectFrom: string | null;
  notices: Notice[];
  /** The network keeps everything fitted (also as it resizes) until the user moves it. */
  autoFit: boolean;
  /**
   * The node the views keep in view after it was chosen in search, a link or the details panel,
   * until the user moves the view by hand.
   */
  centred: string | null;
  /** What each view shows, so an export draws the same from the state alone. */
  viewports: { network: NetworkViewport | null; timeline: TimelineViewport | null };
  timelineGroupBy: TimelineGrouping;
  theme: 'light' | 'dark';
  /** Shown instead of the bundled or linked dataset. Not in the URL: a link cannot carry a file. */
  file: OpenedFile | null;
  /** The legend over the network is unfolded (the view keeps the network clear of it). */
  legendOpen: boolean;
  /** The measures of the visible network, once computed (off the main thread). */
  measureValues: NetworkMeasures | null;
  /** On a small screen, the filters drawer is open. */
  filtersOpen: boolean;
}

export interface AtlasState extends UrlState, UiState {}

export interface AtlasActions {
  setView(view: ViewName): void;
  toggleFacet(facet: Facet, value: FacetValue): void;
  setFacet(facet: Facet, values: FacetValue[]): void;
  setStatesLayer(on: boolean): void;
  setQuery(q: string): void;
  select(id: string | null): void;
  /** Select a node and centre the view on it (search, links in the details panel). */
  focusNode(id: string): void;
  setTheme(theme: 'light' | 'dark'): void;
  setHops(hops: number | null): void;
  setRange(range: TimeRange): void;
  setUndated(undated: 'show' | 'hide'): void;
  setHovered(id: string | null): void;
  setLegendOpen(open: boolean): void;
  setFiltersOpen(open: boolean): void;
  startConnect(from: string): void;
  completeConnect(to: string): void;
  clearPath(): void;
  /** Fit everything on screen, and keep it fitted until the user moves the view. */
  fit(): void;
  /** The user moved a view by hand: it stops following the fit or the centred node. */
  movedByUser(): void;
  setViewport<V extends keyof UiState['viewports']>(
    view: V,
    viewport: UiState['viewports'][V],
  ): void;
  setTimelineGroupBy(groupBy: TimelineGrouping): void;
  addNotices(notices: Notice[]): void;
  /** Choose the interface's language (it is then remembered and carried by links). */
  setLang(lang: Locale): void;
  /** The states compared side by side (at most 20, each once). */
  setCompare(ids: string[]): void;
  setMeasuresOpen(open: boolean): void;
  setDiff(on: boolean): void;
  setVia(via: PathVia): void;
  setMatrixOrder(order: MatrixOrder): void;
  setNodeSizing(size: NodeSizing): void;
  setNodeColouring(colour: NodeColouring): void;
  setMeasureValues(values: NetworkMeasures | null): void;
  dismissNotice(index: number): void;
  applyUrlState(state: UrlState): void;
  reset(): void;
  /** Show an opened file in place of the current dataset. */
  showFile(file: OpenedFile): void;
  /** Leave a file or a linked dataset for the bundled one. */
  showBundled(): void;
}

export type AtlasStore = AtlasState & AtlasActions;

export const INITIAL_UI_STATE: UiState = {
  hovered: null,
  connectFrom: null,
  notices: [],
  autoFit: true,
  centred: null,
  viewports: { network: null, timeline: null },
  timelineGroupBy: 'type',
  theme: 'light',
  file: null,
  legendOpen: true,
  measureValues: null,
  filtersOpen: false,
};

/** A selection or path names nodes of one dataset; it means nothing in another. */
const CLEARED_SELECTION = {
  focus: null,
  hops: null,
  path: null,
  connectFrom: null,
  hovered: null,
  centred: null,
  // Another dataset is drawn afresh, fitted.
  autoFit: true,
} satisfies Partial<AtlasState>;

export function getInitialState(overrides: Partial<AtlasState> = {}): AtlasState {
  return { ...DEFAULT_URL_STATE, ...INITIAL_UI_STATE, ...overrides };
}

export function createAtlasStore(initial: Partial<AtlasState> = {}) {
  return createStore<AtlasStore>()((set, get) => ({
    ...getInitialState(initial),
    setView: (view) => set({ view }),
    toggleFacet: (facet, value) =>
      set((s) => {
        const current = s[facet] as FacetValue[];
        const next = current.includes(value)
          ? current.filter((v) => v !== value)
          : [...current, value];
        return { [facet]: next } as Partial<AtlasState>;
      }),
    setFacet: (facet, values) => set({ [facet]: values } as Partial<AtlasState>),
    setStatesLayer: (states) => set({ states }),
    setQuery: (q) => set({ q }),
    select: (focus) => set((s) => ({ focus, hops: focus ? s.hops : null, connectFrom: null })),
    focusNode: (id) =>
      set((s) => ({
        focus: id,
        hops: s.hops,
        connectFrom: null,
        centred: id,
        autoFit: false,
        // "Connect…" waits for a second end: a node chosen in search or a link gives it.
        ...(s.connectFrom && s.connectFrom !== id ? { path: [s.connectFrom, id] } : {}),
      })),
    setTheme: (theme) => set({ theme }),
    setHops: (hops) => set({ hops }),
    setRange: ({ from, to }) => set({ from, to }),
    setUndated: (undated) => set({ undated }),
    setHovered: (hovered) => set({ hovered }),
    setLegendOpen: (legendOpen) => set({ legendOpen }),
    setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
    startConnect: (connectFrom) => set({ connectFrom, path: null }),
    completeConnect: (to) =>
      set((s) =>
        s.connectFrom && s.connectFrom !== to
          ? { path: [s.connectFrom, to], connectFrom: null }
          : {},
      ),
    clearPath: () => set({ path: null, connectFrom: null }),
    fit: () => set({ autoFit: true, centred: null }),
    // Called on every step of a gesture: only a change is worth telling the subscribers.
    movedByUser: () => {
      const s = get();
      if (s.autoFit || s.centred) set({ autoFit: false, centred: null });
    },
    setViewport: (view, viewport) =>
      set((s) => ({ viewports: { ...s.viewports, [view]: viewport } })),
    setTimelineGroupBy: (timelineGroupBy) => set({ timelineGroupBy }),
    addNotices: (notices) =>
      set((s) => {
        const key = (n: Notice) => JSON.stringify(n);
        const seen = new Set(s.notices.map(key));
        return { notices: [...s.notices, ...notices.filter((n) => !seen.has(key(n)))] };
      }),
    setLang: (lang) => set({ lang }),
    setCompare: (ids) => set({ compare: [...new Set(ids)].slice(0, 20) }),
    setMeasuresOpen: (measures) => set({ measures }),
    setDiff: (diff) => set({ diff }),
    setVia: (via) => set({ via }),
    setMatrixOrder: (order) => set({ order }),
    setNodeSizing: (size) => set({ size }),
    setNodeColouring: (colour) => set({ colour }),
    setMeasureValues: (measureValues) => set({ measureValues }),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    // A link that names a dataset (Back to a ?data= address) takes over from an opened file.
    applyUrlState: (state) => set((s) => ({ ...state, file: state.data ? null : s.file })),
    reset: () =>
      set((s) => ({
        ...DEFAULT_URL_STATE,
        data: s.data,
        lang: s.lang,
        path: null,
        connectFrom: null,
        hovered: null,
        autoFit: true,
        centred: null,
      })),
    showFile: (file) => set({ ...CLEARED_SELECTION, file, data: null }),
    showBundled: () => set({ ...CLEARED_SELECTION, file: null, data: null }),
  }));
}

export type AtlasStoreApi = ReturnType<typeof createAtlasStore>;

/** The app's one store. Tests make their own with createAtlasStore. */
export const atlasStore = createAtlasStore();

export function useAtlas<T>(selector: (s: AtlasStore) => T, store: AtlasStoreApi = atlasStore): T {
  return useStore(store, selector);
}

// Selectors, defined once at module level so components share them.
export const selectFilters = (s: AtlasState): GraphFilters => ({
  regions: s.regions,
  functions: s.functions,
  types: s.types,
  rels: s.rels,
  states: s.states,
});
export const selectRange = (s: AtlasState): TimeRange => ({ from: s.from, to: s.to });
export const selectViewQuery = (s: AtlasState): ViewQuery => ({
  filters: selectFilters(s),
  range: selectRange(s),
  focus: s.focus,
  hops: s.hops,
  undated: s.undated,
});
export const selectUrlState = (s: AtlasState): UrlState => ({
  view: s.view,
  regions: s.regions,
  functions: s.functions,
  types: s.types,
  rels: s.rels,
  states: s.states,
  q: s.q,
  focus: s.focus,
  hops: s.hops,
  from: s.from,
  to: s.to,
  undated: s.undated,
  data: s.data,
  lang: s.lang,
  path: s.path,
  compare: s.compare,
  measures: s.measures,
  diff: s.diff,
  via: s.via,
  order: s.order,
  size: s.size,
  colour: s.colour,
});

/**
 * How nodes are sized and coloured: by ties and function, or by the measures once computed
 * (the same object while nothing changes, so drawings are not redone).
 */
export function selectLook(s: AtlasState): NodeLookOptions {
  const m = s.measureValues;
  const size = m && s.size !== 'ties' ? m[s.size] : null;
  const community = m && s.colour === 'community' ? m.community : null;
  const last = lookCache.get(s.measureValues ?? NO_MEASURES);
  if (last && last.size === size && last.community === community) return last;
  const look = size || community ? { size, community } : PLAIN_LOOK;
  lookCache.set(s.measureValues ?? NO_MEASURES, look);
  return look;
}
const NO_MEASURES = {};
const lookCache = new WeakMap<object, NodeLookOptions>();
