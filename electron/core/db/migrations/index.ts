import type { Migration } from './types';
import { migration001 } from './001-foundation';
import { migration002 } from './002-requests';
import { migration005 } from './005-media';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [migration001, migration002, migration005];

export const LATEST_SCHEMA_VERSION = migrations.length;
