/**
 * The views after the network — the timeline and the tables — in one chunk loaded on first use:
 * one lazy chunk keeps the first load in a few files, where a chunk for each view made the
 * bundler split what they share with the first picture into many small ones.
 */
export { TimelineView } from './timeline/TimelineView';
export { TableView } from './table/TableView';
export { CompareView } from './compare/CompareView';
export { MatrixView } from './matrix/MatrixView';
