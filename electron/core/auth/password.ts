// Password hashing: Argon2id (RFC 9106) via @node-rs/argon2's prebuilt binaries. The PHC string
// carries its own parameters, so stronger settings later still verify old hashes.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// OWASP's Argon2id baseline (m=19 MiB, t=2, p=1): well under a second on an office PC.
// Algorithm.Argon2id is a const enum (2), which isolatedModules cannot read across packages.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A damaged hash never signs anyone in.
    return false;
  }
}

let dummy: Promise<string> | null = null;
/**
 * Spends the time of one verification on nothing: an unknown username must take as long as a
 * known one with a wrong password, or the timing would tell which usernames exist.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummy, password);
  return false;
}

// No 0/O, 1/l/I: read aloud or copied off a screen by the officer it is for.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password for an Admin's reset: 14 characters (~80 bits), shown once. */
export function temporaryPassword(): string {
  const bytes = randomBytes(14);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
