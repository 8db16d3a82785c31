import type { Migration } from './types';
import { migration001 } from './001-foundation';
import { migration002 } from './002-requests';
import { migration003 } from './003-calendar-edits';
import { migration004 } from './004-archive';
import { migration005 } from './005-media';
import { migration006 } from './006-letters';
import { migration007 } from './007-pdp';
import { migration008 } from './008-secure-fts-client-keys';
import { migration009 } from './009-registers';
import { migration010 } from './010-archive-history-withdrawals';
import { migration011 } from './011-report-figures';
import { migration012 } from './012-archive-consequence-letters';
import { migration013 } from './013-costs-case-letters-access';
import { migration014 } from './014-objections-without-request';
import { migration015 } from './015-accounts';
import { migration016 } from './016-row-versions';
import { migration017 } from './017-press-releases';
import { migration018 } from './018-clarifications-narasi';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018];

/** The last migration's version (not the count: a number may be skipped while branches merge). */
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
