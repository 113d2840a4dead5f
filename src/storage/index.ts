export * from './schema';
export * from './managed';
export * from './store';
