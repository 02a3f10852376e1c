import type { NetworkScene } from '../scene/networkScene';
import { NO_HIGHLIGHT, type Highlight } from '../scene/highlight';
import type { ThemeName } from '../theme/tokens';
import { NetworkLayers } from './NetworkLayers';
import { svgStyles } from './styles';

import type { Transform } from '../geometry';

export const viewportTransform = (t: Transform) => `translate(${t.x},${t.y}) scale(${t.k})`;

/** The network drawing on screen: a full-size SVG with a zoomable viewport, and its highlight. */
export function NetworkSvg({
  scene,
  highlight = NO_HIGHLIGHT,
  width,
  height,
  transform,
  theme,
  svgRef,
  viewportRef,
  overlayRef,
  label,
  ...handlers
}: {
  scene: NetworkScene;
  /** Drawn over the base scene, which a veil dims meanwhile. */
  highlight?: Highlight;
  width: number;
  height: number;
  transform: Transform;
  theme: ThemeName;
  svgRef?: React.Ref<SVGSVGElement>;
  /** The zoomed groups, for moving the view without a render while the user pans or zooms. */
  viewportRef?: React.Ref<SVGGElement>;
  overlayRef?: React.Ref<SVGGElement>;
  label: string;
} & Pick<
  React.SVGProps<SVGSVGElement>,
  | 'onPointerOver'
  | 'onPointerLeave'
  | 'onPointerDown'
  | 'onPointerMove'
  | 'onPointerUp'
  | 'onDoubleClick'
>) {
  // Two SVG elements, each its own paint layer: a hover or a click repaints the small highlight
  // above, not the whole network beneath (a browser repaints an SVG element as one picture).
  return (
    <>
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        className="network-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        {...handlers}
      >
        <style>{svgStyles(theme)}</style>
        <rect className="bg" width={width} height={height} />
        <g ref={viewportRef} className="viewport" transform={viewportTransform(transform)}>
          <NetworkLayers scene={scene} k={transform.k} />
        </g>
      </svg>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        className="network-highlight"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        data-highlight={highlight.active ? 'on' : 'off'}
      >
        {highlight.active && (
          <>
            <style>{svgStyles(theme)}</style>
            <rect className="veil" width={width} height={height} />
          </>
        )}
        <g ref={overlayRef} className="viewport" transform={viewportTransform(transform)}>
          {highlight.active && <NetworkLayers scene={highlight} k={transform.k} overlay />}
        </g>
      </svg>
    </>
  );
}
