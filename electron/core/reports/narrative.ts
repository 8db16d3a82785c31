// The written sections of a year's report (Perki 1/2021 Ps 56: policy; people, facilities and
// budget; obstacles; recommendations and follow-up), one row per year. Last year's text is offered
// as a start. Two officers editing the same year: the later save must have seen the earlier one,
// else it is refused (never silently overwritten).
import { NARRATIVE_KEYS, type NarrativeSections, type NarrativeView } from '../../../shared/ipc/channels/reports';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { claimVersion } from '../db/versions';

interface NarrativeRow extends NarrativeSections {
  year: number;
  updated_at: string;
  updated_by: string;
  row_version: number;
}

const EMPTY: NarrativeSections = { policy: '', service: '', obstacles: '', recommendations: '' };

function readRow(db: Db, year: number): NarrativeRow | undefined {
  return db.prepare('SELECT year, policy, service, obstacles, recommendations, updated_at, updated_by, row_version FROM report_narratives WHERE year = ?').get(year) as NarrativeRow | undefined;
}

const sectionsOf = (row: NarrativeRow): NarrativeSections => ({ policy: row.policy, service: row.service, obstacles: row.obstacles, recommendations: row.recommendations });

/** The sections a report for `year` prints (empty when nothing was written). */
export function narrativeSections(db: Db, year: number): NarrativeSections {
  const row = readRow(db, year);
  return row ? sectionsOf(row) : { ...EMPTY };
}

export function getNarrative(ctx: Pick<Ctx, 'db'>, year: number): NarrativeView {
  const row = readRow(ctx.db, year);
  const previous = readRow(ctx.db, year - 1);
  return {
    year,
    sections: row ? sectionsOf(row) : { ...EMPTY },
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
    version: row?.row_version ?? 0,
    previous: previous ? { year: previous.year, sections: sectionsOf(previous) } : null,
  };
}

export function saveNarrative(ctx: Ctx, input: ParsedInput<'reports:saveNarrative'>): NarrativeView {
  mutate(ctx, (tx) => {
    // undefined: the caller does not ask for the check; 0: it loaded an empty year.
    claimVersion(ctx, 'report_narratives', input.year, input.version);
    const stored = readRow(tx.db, input.year);
    const before = stored ? sectionsOf(stored) : EMPTY;
    const changed = NARRATIVE_KEYS.filter((k) => before[k] !== input.sections[k]);
    tx.db
      .prepare(
        `INSERT INTO report_narratives (year, policy, service, obstacles, recommendations, updated_at, updated_by)
         VALUES (@year, @policy, @service, @obstacles, @recommendations, @at, @actor)
         ON CONFLICT (year) DO UPDATE SET policy = excluded.policy, service = excluded.service, obstacles = excluded.obstacles,
           recommendations = excluded.recommendations, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({ year: input.year, ...input.sections, at: tx.at, actor: ctx.actor });
    tx.audit({
      action: 'report.narrative.save',
      entity: 'report_narrative',
      entityId: String(input.year),
      // Which sections changed and their new length; the text itself is in the row.
      data: { year: input.year, changed, chars: Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, input.sections[k].length])) },
    });
  });
  return getNarrative(ctx, input.year);
}
