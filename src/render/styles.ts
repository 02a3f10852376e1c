import { EDGE_FAMILY_STYLE, FONT_STACK, PALETTES, type ThemeName } from '../theme/tokens';
import { EDGE_DIM_OPACITY, LABEL_DIM_OPACITY, NODE_DIM_OPACITY, VEIL_OPACITY } from './glyphs';

/**
 * The stylesheet embedded in every network or timeline SVG, on screen and in export, so a
 * file looks the same outside the app. Class names are stable so designers can restyle them.
 */
export function svgStyles(theme: ThemeName | 'transparent'): string {
  const p = PALETTES[theme === 'transparent' ? 'light' : theme];
  const dash = Object.entries(EDGE_FAMILY_STYLE)
    .map(([family, s]) => `.edge--${family}{stroke-dasharray:${s.dash || 'none'}}`)
    .join('');
  return [
    `text{font-family:${FONT_STACK};fill:${p.text}}`,
    `.bg{fill:${theme === 'transparent' ? 'none' : p.background}}`,
    `.edge{stroke:${p.edge};fill:none;stroke-linecap:round}`,
    dash,
    `.edge--undated{stroke:${p.undated}}`,
    `.edge.is-highlight{stroke:${p.edgeHighlight}}`,
    `.edge.is-dim{opacity:${EDGE_DIM_OPACITY}}`,
    `.edge.on-path{stroke:${p.path};opacity:1}`,
    `.node-shape{stroke:${p.nodeStroke}}`,
    `.node.is-dim{opacity:${NODE_DIM_OPACITY}}`,
    `.node.is-selected .node-shape{stroke:${p.selection}}`,
    `.node.on-path .node-shape{stroke:${p.path}}`,
    `.label{paint-order:stroke;stroke:${p.labelHalo};stroke-linejoin:round;fill:${p.text}}`,
    `.label.is-dim{opacity:${LABEL_DIM_OPACITY}}`,
    `.label.is-strong{font-weight:600}`,
    `.veil{fill:${p.background};opacity:${VEIL_OPACITY};pointer-events:none}`,
    `.legend-box{fill:${theme === 'transparent' ? 'none' : p.panel};stroke:${p.edge};stroke-width:.6}`,
    `.legend-title{font-weight:600}`,
    `.legend-text,.muted{fill:${p.mutedText}}`,
    `.legend-edge{stroke:${p.edgeHighlight};fill:none}`,
    `.legend-edge.edge--undated{stroke:${p.undated}}`,
    `.title{font-weight:600}`,
    `.axis line,.axis path{stroke:${p.mutedText}}`,
    `.axis text{fill:${p.mutedText}}`,
    `.grid line{stroke:${p.edge};opacity:.35}`,
    `.lane-label{font-weight:600;fill:${p.mutedText}}`,
    `.lane-band{fill:${p.text};opacity:.035}`,
    `.mark.is-dim{opacity:.2}`,
    `.mark.is-selected .mark-shape{stroke:${p.selection};stroke-width:2}`,
    `.mark-link{stroke-width:2.5;opacity:.55}`,
    // Timeline: marks, the chosen period and the brush strip.
    `.mark{cursor:pointer}`,
    `.mark-shape{stroke:${p.nodeStroke};stroke-width:1}`,
    `.mark.is-out{opacity:.35}`,
    `.mark.is-dim{opacity:.2}`,
    `.mark-end{stroke:none}`,
    `.mark-label{font-size:11px}`,
    `.plot-frame{fill:none;stroke:${p.edge};stroke-width:.6}`,
    `.period-band{fill:${p.selection};opacity:.07}`,
    `.period-edge{stroke:${p.selection};stroke-opacity:.45;stroke-dasharray:3 3}`,
    `.brush-strip{fill:${p.text};opacity:.06}`,
    // The period in the brush strip when no live brush draws it: d3-brush's own selection look.
    `.period-strip{fill:#777;fill-opacity:.3;stroke:#fff}`,
    `.selection-halo{fill:${p.selection};fill-opacity:.08;stroke:${p.selection};stroke-opacity:.5;stroke-width:1.5}`,
    `.label-plate{fill:${p.labelHalo};opacity:.92}`,
    `.brush-hint{font-size:10px;fill:${p.mutedText}}`,
    `.today-line{stroke:${p.path};stroke-dasharray:2 3;opacity:.6}`,
  ].join('\n');
}
