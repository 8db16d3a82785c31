// One entry point for every transport (Electron IPC, browser host, CLI, tests):
// look up the channel, parse input, run the handler, check the output, answer with a Result.
// A failure says truthfully whether the change was saved: before the commit nothing changed and
// the officer may try again; after it the change is kept and a retry would register it twice.
import { ZodError } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { fail, ok, type FieldIssue, type Result } from '../../shared/ipc/result';
import type { Ctx } from './context';
import { withCommitScope } from './db/commits';
import { AppError } from './errors';
import { handlers, type Handler } from './handlers';
import { claimOf, ClientKeyReplay, earlierResult } from './idempotency/keys';
import { IDEMPOTENT_CHANNELS } from './idempotency/replay';
import { diskErrorMessage } from './storage/disk';
import { ruleRefusal } from './auth/guard';

export const INTERNAL_MESSAGE = 'Terjadi kesalahan di dalam aplikasi. Data tidak berubah; coba lagi, dan bila berulang laporkan ke admin.';
/** A failure after the commit: the data is saved, only the answer was lost. */
export const COMMITTED_MESSAGE =
  'Perubahan SUDAH tersimpan, tetapi aplikasi gagal menyelesaikan jawabannya. Jangan mengisi atau mengirim ulang: ' +
  'muat ulang tampilan (buka kembali daftarnya) untuk melihat data yang tersimpan, dan bila berulang laporkan ke admin.';

export function committedThen(message: string): string {
  return `Perubahan SUDAH tersimpan, tetapi langkah sesudahnya gagal: ${message} Muat ulang tampilan untuk melihat data yang tersimpan; jangan mengirim ulang.`;
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function invalidInputMessage(issues: FieldIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (dan ${issues.length - 1} isian lain)` : '';
  return `Isian belum benar: ${first ? first.message : 'format tidak dikenali'}${more}`;
}

export interface DispatchOutcome {
  result: Result<unknown>;
  /** The call committed a change, whether or not it then failed: its events must still be sent. */
  committed: boolean;
}

type Log = (message: string, error: unknown) => void;

export async function dispatch(ctx: Ctx, channel: string, input: unknown, log: Log): Promise<Result<unknown>> {
  return (await dispatchTracked(ctx, channel, input, log)).result;
}

export async function dispatchTracked(ctx: Ctx, channel: string, input: unknown, log: Log): Promise<DispatchOutcome> {
  if (!isChannel(channel)) return { result: fail('unknown_channel', `Saluran "${String(channel).slice(0, 80)}" tidak dikenal.`), committed: false };
  const def = contract[channel];
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return { result: fail('invalid_input', invalidInputMessage(issues), issues), committed: false };
  }
  // Roles that depend on the input (a receipt vs a decision letter): auth/guard.ts.
  const refusal = ruleRefusal(ctx.officer, channel, parsed.data);
  if (refusal) return { result: refusal, committed: false };
  const handler = handlers[channel] as Handler<Channel>;
  const replay = IDEMPOTENT_CHANNELS[channel];
  const claim = replay ? claimOf(channel, parsed.data) : null;
  const { scope, outcome } = await withCommitScope(async () => {
    if (!replay || !claim) return handler(parsed.data as never, ctx);
    // A retry of a submission that was registered: its first result, nothing written again.
    const earlier = earlierResult(ctx.db, claim);
    if (earlier !== null) return replay(ctx, earlier);
    try {
      return await handler(parsed.data as never, { ...ctx, clientKey: claim });
    } catch (error) {
      // Claimed meanwhile by an identical submission (another process): this one rolled back.
      if (error instanceof ClientKeyReplay) return replay(ctx, error.resultId);
      throw error;
    }
  });
  const committed = scope.committed;
  if (outcome.ok) {
    const checked = def.output.safeParse(outcome.value);
    if (checked.success) return { result: ok(checked.data), committed };
    log(`output of ${channel} does not match the contract${committed ? ' (its change was committed)' : ''}`, checked.error);
    return { result: fail('internal', committed ? COMMITTED_MESSAGE : INTERNAL_MESSAGE), committed };
  }
  return { result: failure(channel, outcome.error, committed, log), committed };
}

function failure(channel: string, error: unknown, committed: boolean, log: Log): Result<never> {
  if (committed) {
    // Issues would mark fields as if the input were refused: it was not, it is saved.
    if (error instanceof AppError) return fail(error.code === 'invalid_input' ? 'conflict' : error.code, committedThen(error.message));
    log(`handler ${channel} failed after its change was committed`, error);
    const disk = diskErrorMessage(error);
    return fail(disk ? 'disk' : 'internal', disk ? committedThen(disk) : COMMITTED_MESSAGE);
  }
  if (error instanceof AppError) return fail(error.code, error.message, error.issues);
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    return fail('invalid_input', invalidInputMessage(issues), issues);
  }
  // A full, read-only or failing disk (ENOSPC, SQLITE_FULL, SQLITE_IOERR, ...): nothing was
  // committed, and the officer is told what to do about the disk rather than shown "internal".
  const disk = diskErrorMessage(error);
  if (disk) {
    log(`handler ${channel} hit a disk error`, error);
    return fail('disk', disk);
  }
  log(`handler ${channel} failed`, error);
  return fail('internal', INTERNAL_MESSAGE);
}
