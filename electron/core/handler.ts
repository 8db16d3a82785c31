// The shape of a handler, apart from the map of all of them (handlers.ts): each domain's
// handlers.ts imports this file only, so no domain imports the module that imports every domain.
import type { Channel, ParsedInput, Output } from '../../shared/ipc/contract';
import type { Ctx } from './context';

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: Ctx) => Output<C> | Promise<Output<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** The handlers of one channel group, e.g. `HandlersFor<keyof typeof settingsChannels>`. */
export type HandlersFor<K extends Channel> = { [C in K]: Handler<C> };
