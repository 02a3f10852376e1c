import {
  FUNCTIONS,
  NODE_TYPES,
  REGIONS,
  RELATIONSHIP_TYPES,
  isKnown,
  isPartialDate,
  type CyberFunction,
  type NodeType,
  type Region,
  type RelationshipType,
} from '../domain';

import { isLocale, type Locale } from '../i18n/locales';
import { PATH_VIAS, type PathVia } from '../model/paths';
import { MATRIX_ORDERS, type MatrixOrder } from '../model/matrix';

export const VIEWS = ['network', 'timeline', 'split', 'table', 'compare', 'matrix'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The part of the state that a link carries (DESIGN §5). */
export interface UrlState {
  view: ViewName;
  regions: Region[];
  functions: CyberFunction[];
  types: NodeType[];
  rels: RelationshipType[];
  states: boolean;
  q: string;
  focus: string | null;
  hops: number | null;
  from: string | null;
  to: string | null;
  /** Ties of unknown date, with a period set: drawn in their own style ('show') or hidden. */
  undated: 'show' | 'hide';
  data: string | null;
  /** The interface's language when the link names one (else the remembered or browser's one). */
  lang: Locale | null;
  /** The two ends of the highlighted shortest path. */
  path: [string, string] | null;
  /** The states compared side by side (ISO codes, in column order). */
  compare: string[];
  /** The network measures panel is open. */
  measures: boolean;
  /** With a period set: what changed from its start to its end is highlighted and listed. */
  diff: boolean;
  /** What the shortest paths may pass through. */
  via: PathVia;
  /** How the matrix view orders its rows and columns. */
  order: MatrixOrder;
  /** What sizes the nodes: their number of ties, or a measure. */
  size: NodeSizing;
  /** What colours the nodes: their main function, or their community. */
  colour: NodeColouring;
}

export const NODE_SIZINGS = ['ties', 'betweenness', 'pagerank'] as const;
export type NodeSizing = (typeof NODE_SIZINGS)[number];
export const NODE_COLOURINGS = ['function', 'community'] as const;
export type NodeColouring = (typeof NODE_COLOURINGS)[number];

/** A message for the user, as an id of the interface's catalog and its values. */
export interface Notice {
  id: string;
  values?: Record<string, string | number>;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'network',
  regions: [],
  functions: [],
  types: [],
  rels: [],
  states: false,
  q: '',
  focus: null,
  hops: null,
  from: null,
  to: null,
  undated: 'show',
  data: null,
  lang: null,
  path: null,
  compare: [],
  measures: false,
  diff: false,
  via: 'any',
  order: 'region',
  size: 'ties',
  colour: 'function',
};

const KNOWN_PARAMS = [
  'view',
  'region',
  'function',
  'type',
  'rel',
  'states',
  'q',
  'focus',
  'hops',
  'from',
  'to',
  'undated',
  'data',
  'lang',
  'path',
  'compare',
  'measures',
  'diff',
  'via',
  'order',
  'size',
  'colour',
];

export interface ParsedUrl {
  state: UrlState;
  /** Plain-language notices about values that were ignored. */
  notices: Notice[];
}

function list<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  notices: Notice[],
): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  const out: T[] = [];
  for (const value of raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)) {
    if (isKnown(allowed, value)) {
      if (!out.includes(value)) out.push(value);
    } else
      notices.push({
        id: 'notice.url.unknownValue',
        values: { key, value, known: allowed.join(', ') },
      });
  }
  return out;
}

/** A parameter that takes one of a few values: the value, or null (with a notice if unknown). */
function oneOf<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  notices: Notice[],
): T | null {
  const value = params.get(key);
  if (value === null) return null;
  if (isKnown(allowed, value)) return value;
  notices.push({
    id: 'notice.url.unknownValue',
    values: { key, value, known: allowed.join(', ') },
  });
  return null;
}

/** Read the shareable state from a query string; unknown or invalid values are dropped with a notice. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const view = params.get('view');
  if (view !== null) {
    if (isKnown(VIEWS, view)) state.view = view;
    else notices.push({ id: 'notice.url.view', values: { value: view } });
  }
  state.regions = list(params, 'region', REGIONS, notices);
  state.functions = list(params, 'function', FUNCTIONS, notices);
  state.types = list(params, 'type', NODE_TYPES, notices);
  state.rels = list(params, 'rel', RELATIONSHIP_TYPES, notices);

  const states = params.get('states');
  if (states !== null) {
    if (states === '1' || states === '0') state.states = states === '1';
    else notices.push({ id: 'notice.url.states', values: { value: states } });
  }
  state.q = params.get('q') ?? '';
  const focus = params.get('focus');
  if (focus) state.focus = focus;

  const hops = params.get('hops');
  if (hops !== null) {
    const n = Number(hops);
    if (Number.isInteger(n) && n >= 1 && n <= 3) state.hops = n;
    else notices.push({ id: 'notice.url.hops', values: { value: hops } });
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (/^\d{4}(-\d{2}-\d{2})?$/.test(value) && isPartialDate(value)) state[key] = value;
    else notices.push({ id: 'notice.url.date', values: { key, value } });
  }
  if (state.from && state.to && state.from > state.to) {
    notices.push({ id: 'notice.url.period', values: { from: state.from, to: state.to } });
    state.from = null;
    state.to = null;
  }
  const undated = params.get('undated');
  if (undated !== null) {
    if (undated === 'show' || undated === 'hide') state.undated = undated;
    else notices.push({ id: 'notice.url.undated', values: { value: undated } });
  }
  const data = params.get('data');
  if (data) state.data = data;
  const path = params.get('path');
  if (path !== null) {
    const ends = path.split(',').map((v) => v.trim());
    if (ends.length === 2 && ends[0] && ends[1] && ends[0] !== ends[1])
      state.path = [ends[0], ends[1]];
    else notices.push({ id: 'notice.url.path', values: { value: path } });
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const ids = compare
      .split(',')
      .map((v) => v.trim())
      .filter((v) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v));
    state.compare = [...new Set(ids)].slice(0, 20);
    // A comparison link opens the comparison, unless it names another view.
    if (view === null && state.compare.length > 0) state.view = 'compare';
  }
  const measures = oneOf(params, 'measures', ['0', '1'] as const, notices);
  if (measures) state.measures = measures === '1';
  const diff = oneOf(params, 'diff', ['0', '1'] as const, notices);
  if (diff) state.diff = diff === '1';
  state.via = oneOf(params, 'via', PATH_VIAS, notices) ?? state.via;
  state.order = oneOf(params, 'order', MATRIX_ORDERS, notices) ?? state.order;
  state.size = oneOf(params, 'size', NODE_SIZINGS, notices) ?? state.size;
  state.colour = oneOf(params, 'colour', NODE_COLOURINGS, notices) ?? state.colour;
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLocale(lang)) state.lang = lang;
    else notices.push({ id: 'notice.url.lang', values: { value: lang } });
  }

  for (const key of params.keys()) {
    if (!KNOWN_PARAMS.includes(key))
      notices.push({ id: 'notice.url.unknownParam', values: { key } });
  }
  return { state, notices };
}

/** Write the shareable state as a query string, leaving defaults out so links stay short. */
export function formatUrlState(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.data) params.set('data', s.data);
  const impliedView = s.view === 'compare' && s.compare.length > 0;
  if (s.view !== DEFAULT_URL_STATE.view && !impliedView) params.set('view', s.view);
  if (s.regions.length) params.set('region', s.regions.join(','));
  if (s.functions.length) params.set('function', s.functions.join(','));
  if (s.types.length) params.set('type', s.types.join(','));
  if (s.rels.length) params.set('rel', s.rels.join(','));
  if (s.states) params.set('states', '1');
  if (s.q) params.set('q', s.q);
  if (s.focus) params.set('focus', s.focus);
  if (s.hops) params.set('hops', String(s.hops));
  if (s.from) params.set('from', s.from);
  if (s.to) params.set('to', s.to);
  if (s.undated !== DEFAULT_URL_STATE.undated) params.set('undated', s.undated);
  if (s.path) params.set('path', s.path.join(','));
  if (s.compare.length) params.set('compare', s.compare.join(','));
  if (s.measures) params.set('measures', '1');
  if (s.diff) params.set('diff', '1');
  if (s.via !== 'any') params.set('via', s.via);
  if (s.order !== DEFAULT_URL_STATE.order) params.set('order', s.order);
  if (s.size !== DEFAULT_URL_STATE.size) params.set('size', s.size);
  if (s.colour !== DEFAULT_URL_STATE.colour) params.set('colour', s.colour);
  if (s.lang) params.set('lang', s.lang);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
