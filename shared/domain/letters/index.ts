export * from './types';
export * from './availability';
export * from './numbering';
export * from './labels';
export * from './documentAvailability';
export * from './terbilang';
