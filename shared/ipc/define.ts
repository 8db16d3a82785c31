import type { z } from 'zod';

/** One channel of the contract: what the renderer may send and what it gets back. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** A short Indonesian description, shown in `ppid-desk info --channels` and in docs. */
  summary: string;
  /**
   * The input names files or folders on the computer that runs the core. Such a channel is for the
   * desktop shell and the CLI only; the browser host refuses it (a browser uploads the bytes).
   */
  serverPaths?: true;
}

/** Channel names are `domain:verb` (lower camel case on both sides). */
export const CHANNEL_NAME = /^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/;

export function defineChannels<const T extends Record<`${string}:${string}`, ChannelDef>>(channels: T): T {
  return channels;
}
