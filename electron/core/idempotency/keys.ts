// Idempotency keys of create channels (clientKey): a retry of the same submission returns the
// first result, never a second record. The key is claimed inside the create's own transaction
// (recordClientKey), so a key exists exactly when its record does.
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { nowIso } from '../context';

/** What dispatch hands to a create: the key of this submission and the hash of its input. */
export interface ClientKeyClaim {
  channel: string;
  key: string;
  inputSha256: string;
}

/**
 * Keys are kept a week: a retry comes within minutes (a double click, an answer lost on the way),
 * and the hash of a form's input, personal data in it, is not kept longer than it serves.
 */
export const CLIENT_KEY_DAYS = 7;

export const CONFLICT_MESSAGE =
  'Kunci pengiriman (clientKey) ini sudah dipakai untuk isian yang berbeda. Tutup lalu buka kembali formulirnya, dan kirim lagi.';

/** Thrown inside a create's transaction when another call claimed the key first: roll back, answer with its result. */
export class ClientKeyReplay extends Error {
  constructor(readonly resultId: number) {
    super('client key already used by an identical submission');
    this.name = 'ClientKeyReplay';
  }
}

/** The same JSON for the same value whatever the order of its keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The claim for a parsed input carrying `clientKey`; null without one. */
export function claimOf(channel: string, parsedInput: unknown): ClientKeyClaim | null {
  const input = parsedInput as { clientKey?: unknown } | null;
  if (typeof input !== 'object' || input === null || typeof input.clientKey !== 'string') return null;
  const { clientKey, ...rest } = input;
  return { channel, key: clientKey as string, inputSha256: createHash('sha256').update(canonical(rest)).digest('hex') };
}

interface KeyRow {
  result_id: number;
  input_sha256: string;
}

function findKey(db: Db, claim: ClientKeyClaim): KeyRow | undefined {
  return db.prepare('SELECT result_id, input_sha256 FROM client_keys WHERE channel = ? AND client_key = ?').get(claim.channel, claim.key) as KeyRow | undefined;
}

/** The id the key already produced (same input), null when unused; AppError('conflict') for other input. */
export function earlierResult(db: Db, claim: ClientKeyClaim): number | null {
  const row = findKey(db, claim);
  if (!row) return null;
  if (row.input_sha256 !== claim.inputSha256) throw new AppError('conflict', CONFLICT_MESSAGE, [{ path: 'clientKey', message: CONFLICT_MESSAGE }]);
  return row.result_id;
}

/**
 * Called by a create inside its transaction, once it has its id: claims the call's key (if any)
 * for that id. When the key was claimed meanwhile (another process, same key), throws
 * ClientKeyReplay or the conflict, and the transaction rolls back.
 */
export function recordClientKey(ctx: Ctx, resultId: number): void {
  const claim = ctx.clientKey;
  if (!claim) return;
  const earlier = earlierResult(ctx.db, claim);
  if (earlier !== null) throw new ClientKeyReplay(earlier);
  const now = nowIso(ctx);
  const cutoff = new Date(ctx.clock.now().getTime() - CLIENT_KEY_DAYS * 24 * 3600 * 1000).toISOString();
  ctx.db.prepare('DELETE FROM client_keys WHERE created_at < ?').run(cutoff);
  ctx.db
    .prepare('INSERT INTO client_keys (channel, client_key, result_id, input_sha256, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(claim.channel, claim.key, resultId, claim.inputSha256, now);
}
