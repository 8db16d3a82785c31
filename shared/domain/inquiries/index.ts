export * from './fields';
export * from './status';
export * from './clocks';
export * from './normalize';
