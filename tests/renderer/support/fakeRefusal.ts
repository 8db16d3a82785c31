import type { ErrorCode } from '../../../shared/ipc/result';

/** Thrown by a fake handler to answer `{ok:false}` as the core would (e.g. a stale save: 'conflict'). */
export class FakeRefusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
