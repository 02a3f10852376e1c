export * from './store';
export * from './urlState';
export * from './urlSync';
export * from './useTheme';
