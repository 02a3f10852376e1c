import type { CyberFunction, NodeType, RelationshipType } from '../domain';

/** Colour-blind-safe hues (Okabe–Ito, with a grey for "none"), one per function. */
export const FUNCTION_COLOURS: Record<CyberFunction, string> = {
  norms: '#0072B2',
  cybercrime: '#D55E00',
  'capacity-building': '#009E73',
  standards: '#CC79A7',
  'incident-response': '#E69F00',
  defence: '#56B4E9',
  regulation: '#7B61C9',
  research: '#8C8C3E',
};
export const NO_FUNCTION_COLOUR = '#8a94a3';
export const STATE_COLOUR = '#9aa5b4';

export type ThemeName = 'light' | 'dark';

export interface Palette {
  background: string;
  panel: string;
  text: string;
  mutedText: string;
  edge: string;
  edgeHighlight: string;
  nodeStroke: string;
  labelHalo: string;
  selection: string;
  path: string;
  /** Ties whose date is not known, drawn in their own colour when a period is set. */
  undated: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    background: '#f7f8fa',
    panel: '#ffffff',
    text: '#1d2733',
    mutedText: '#5b6675',
    edge: '#a9b3c1',
    edgeHighlight: '#3b4a5c',
    nodeStroke: '#ffffff',
    labelHalo: '#f7f8fa',
    selection: '#111827',
    path: '#c2185b',
    undated: '#b8741a',
  },
  dark: {
    background: '#141a22',
    panel: '#1c2430',
    text: '#e6ebf1',
    mutedText: '#9aa7b6',
    edge: '#4a5768',
    edgeHighlight: '#c9d4e0',
    nodeStroke: '#141a22',
    labelHalo: '#141a22',
    selection: '#ffffff',
    path: '#ff6fa5',
    undated: '#e0a458',
  },
};

export const FONT_STACK =
  "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Edge families share a dash pattern. */
export type EdgeFamily = 'structure' | 'legal' | 'cooperation' | 'state' | 'pending' | 'undated';
export const EDGE_FAMILY: Record<RelationshipType, EdgeFamily> = {
  'member-of': 'structure',
  'part-of': 'structure',
  'established-by': 'legal',
  'adopted-by': 'legal',
  mandates: 'legal',
  supplements: 'legal',
  supersedes: 'legal',
  'builds-on': 'legal',
  implements: 'legal',
  'cooperates-with': 'cooperation',
  'party-to': 'state',
  'signatory-of': 'pending',
};
export const EDGE_FAMILY_STYLE: Record<EdgeFamily, { dash: string; width: number }> = {
  structure: { dash: '', width: 1.4 },
  legal: { dash: '6 3', width: 1.2 },
  cooperation: { dash: '1.5 3', width: 1.6 },
  state: { dash: '7 2 1.5 2', width: 1 },
  pending: { dash: '2 2', width: 0.8 },
  undated: { dash: '1 3', width: 1.1 },
};

/** The families in the order the legend lists them. */
export const EDGE_FAMILIES: readonly EdgeFamily[] = [
  'structure',
  'legal',
  'cooperation',
  'state',
  'pending',
  'undated',
];

export const NODE_SHAPE: Record<NodeType, 'circle' | 'square' | 'dot'> = {
  organization: 'circle',
  instrument: 'square',
  state: 'dot',
};

/**
 * Colours of communities, largest first (Tableau 10, distinct for most colour vision); the
 * communities beyond them share the last, grey.
 */
export const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
] as const;
export const OTHER_COMMUNITY_COLOUR = '#bab0ac';
export const communityColour = (c: number): string =>
  c >= 0 && c < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[c] : OTHER_COMMUNITY_COLOUR;
