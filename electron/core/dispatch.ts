// One entry point for every transport (Electron IPC, browser host, CLI, tests):
// look up the channel, parse input, run the handler, check the output, answer with a Result.
import { ZodError } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { fail, ok, type FieldIssue, type Result } from '../../shared/ipc/result';
import type { Ctx } from './context';
import { AppError } from './errors';
import { handlers, type Handler } from './handlers';

export const INTERNAL_MESSAGE = 'Terjadi kesalahan di dalam aplikasi. Data tidak berubah; coba lagi, dan bila berulang laporkan ke admin.';

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function invalidInputMessage(issues: FieldIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (dan ${issues.length - 1} isian lain)` : '';
  return `Isian belum benar: ${first ? first.message : 'format tidak dikenali'}${more}`;
}

export async function dispatch(
  ctx: Ctx,
  channel: string,
  input: unknown,
  log: (message: string, error: unknown) => void,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `Saluran "${String(channel).slice(0, 80)}" tidak dikenal.`);
  const def = contract[channel];
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return fail('invalid_input', invalidInputMessage(issues), issues);
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never, ctx);
    const checked = def.output.safeParse(value);
    if (!checked.success) {
      log(`output of ${channel} does not match the contract`, checked.error);
      return fail('internal', INTERNAL_MESSAGE);
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message, error.issues);
    if (error instanceof ZodError) {
      const issues = zodIssues(error);
      return fail('invalid_input', invalidInputMessage(issues), issues);
    }
    log(`handler ${channel} failed`, error);
    return fail('internal', INTERNAL_MESSAGE);
  }
}
