export * from './graph';
export * from './filters';
export * from './time';
export * from './neighbourhood';
export * from './paths';
export * from './view';
export * from './describeView';
export * from './lifecycle';
