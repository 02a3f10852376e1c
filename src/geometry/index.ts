/**
 * The plain shapes every drawing module speaks in: a point, a rectangle, and the pan-and-zoom
 * transform that maps graph coordinates to the screen (screen = graph × k + (x, y)).
 */

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}
