// What a figure counts, as SQL: the cases behind every number of the report are one WHERE clause
// over one table, so the drill-down (reports:cases) lists exactly the cases the number counted.
// The figures themselves are computed with grouped queries over the same clauses (one pass per
// table, not one query per number); a test checks each number against its list.
import type { ReportCase } from '../../../../shared/ipc/channels/reports';

export type CaseKind = ReportCase['kind'];

export interface FigureDef {
  kind: CaseKind;
  /** A condition over the kind's base tables (aliases below), with the range's named parameters. */
  where: string;
  /** SQL for the date the figure counts the case by: a local date, or an instant when `instant`. */
  date: string;
  instant?: boolean;
  /** Extra named parameters of `where`. */
  params?: Record<string, unknown>;
}

/** Each kind's tables and the columns of a ReportCase (date apart). */
export const CASE_SOURCES: Record<CaseKind, { from: string; columns: string }> = {
  request: {
    from: 'FROM requests r JOIN requesters q ON q.id = r.requester_id',
    columns: "r.id AS id, r.number AS number, q.name AS name, r.status AS status, substr(r.information, 1, 200) AS summary",
  },
  objection: {
    from: 'FROM objections o LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)',
    columns: "o.id AS id, o.number AS number, q.name AS name, o.status AS status, substr(o.case_summary, 1, 200) AS summary",
  },
  dispute: {
    from: 'FROM disputes d JOIN objections o ON o.id = d.objection_id LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)',
    columns:
      "d.id AS id, coalesce(nullif(d.ki_register_number, ''), o.number) AS number, q.name AS name, d.status AS status, " +
      "substr(CASE WHEN d.outcome <> '' THEN d.outcome ELSE coalesce(r.information, o.information) END, 1, 200) AS summary",
  },
  inquiry: {
    from: 'FROM inquiries i JOIN journalists j ON j.id = i.journalist_id JOIN outlets ot ON ot.id = i.outlet_id',
    columns: "i.id AS id, i.number AS number, j.name || ' (' || ot.name || ')' AS name, i.status AS status, i.topic AS summary",
  },
  document: {
    from: 'FROM archive_documents a',
    columns: "a.id AS id, a.dip_number AS number, a.title AS name, coalesce(a.category, 'belum_diklasifikasi') AS status, substr(a.summary, 1, 200) AS summary",
  },
};

/** Months in the FigurePath form: "2026-03". */
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
