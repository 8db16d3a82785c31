import type { Migration } from './types';
import { migration001 } from './001-foundation';
import { migration002 } from './002-requests';
import { migration003 } from './003-letters';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003];

export const LATEST_SCHEMA_VERSION = migrations.length;
