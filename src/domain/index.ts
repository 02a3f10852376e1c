export * from './taxonomy';
export * from './dates';
export * from './schema';
export * from './dataset';
export * from './problems';
export * from './parse';
export * from './stages';
export * from './version';
