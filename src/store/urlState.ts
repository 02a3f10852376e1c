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

export const VIEWS = ['network', 'timeline', 'split'] as const;
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
];

export interface ParsedUrl {
  state: UrlState;
  /** Plain-language notices about values that were ignored. */
  notices: string[];
}

function list<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  notices: string[],
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
      notices.push(`Ignored ${key} "${value}": not a known ${key} (known: ${allowed.join(', ')}).`);
  }
  return out;
}

/** Read the shareable state from a query string; unknown or invalid values are dropped with a notice. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const view = params.get('view');
  if (view !== null) {
    if (isKnown(VIEWS, view)) state.view = view;
    else notices.push(`Ignored view "${view}": use network, timeline or split.`);
  }
  state.regions = list(params, 'region', REGIONS, notices);
  state.functions = list(params, 'function', FUNCTIONS, notices);
  state.types = list(params, 'type', NODE_TYPES, notices);
  state.rels = list(params, 'rel', RELATIONSHIP_TYPES, notices);

  const states = params.get('states');
  if (states !== null) {
    if (states === '1' || states === '0') state.states = states === '1';
    else
      notices.push(`Ignored states "${states}": use 1 to show the states layer or 0 to hide it.`);
  }
  state.q = params.get('q') ?? '';
  const focus = params.get('focus');
  if (focus) state.focus = focus;

  const hops = params.get('hops');
  if (hops !== null) {
    const n = Number(hops);
    if (Number.isInteger(n) && n >= 1 && n <= 3) state.hops = n;
    else notices.push(`Ignored hops "${hops}": use 1, 2 or 3.`);
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (/^\d{4}(-\d{2}-\d{2})?$/.test(value) && isPartialDate(value)) state[key] = value;
    else notices.push(`Ignored ${key} "${value}": use a year (2004) or a date (2004-07-01).`);
  }
  if (state.from && state.to && state.from > state.to) {
    notices.push(
      `Ignored from "${state.from}" and to "${state.to}": the period ends before it begins.`,
    );
    state.from = null;
    state.to = null;
  }
  const undated = params.get('undated');
  if (undated !== null) {
    if (undated === 'show' || undated === 'hide') state.undated = undated;
    else notices.push(`Ignored undated "${undated}": use show or hide.`);
  }
  const data = params.get('data');
  if (data) state.data = data;

  for (const key of params.keys()) {
    if (!KNOWN_PARAMS.includes(key)) notices.push(`Ignored unknown parameter "${key}".`);
  }
  return { state, notices };
}

/** Write the shareable state as a query string, leaving defaults out so links stay short. */
export function formatUrlState(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.data) params.set('data', s.data);
  if (s.view !== DEFAULT_URL_STATE.view) params.set('view', s.view);
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
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
