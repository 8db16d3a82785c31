export * from './result';
export * from './contract';
export * from './events';
export { CHANNEL_NAME, type ChannelDef } from './define';
