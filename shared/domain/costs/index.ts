export * from './tariff';
export * from './terbilang';
