import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export interface HashedFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  data: string; // canonical JSON
  /** The signed-in officer (migration 015); null for system entries and every older entry. */
  officerId?: number | null;
}

export function entryHash(prevHash: string, e: HashedFields): string {
  // The officer id is hashed only when there is one, so every entry written before accounts (and
  // every system entry) keeps the hash it was written with.
  const fields: unknown[] = [e.seq, e.at, e.actor, e.action, e.entity, e.entityId, e.data];
  if (e.officerId !== undefined && e.officerId !== null) fields.push(e.officerId);
  const body = JSON.stringify(fields);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
