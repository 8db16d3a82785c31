// The refusal's uji konsekuensi in its steps (Perki 1/2021 Ps 49(2); UU KIP Ps 2(4), 19, 20),
// stored as JSON on the request (migration 014) in the shape of the shared schema
// (shared/ipc/consequence.ts), and its draft from the archive's penetapan klasifikasi of a linked
// exempt document — the same test, written once for the document, offered again for the refusal.
import type { Ps17Letter } from '../../../shared/domain/requests/fields';
import { ConsequenceStepsView, stepsStarted, type ConsequenceSteps } from '../../../shared/ipc/consequence';
import type { Db } from '../db/connection';

/** The steps to store, or null when none was written (a free-text test alone, or no refusal). */
export function consequenceJson(v: ConsequenceSteps): string | null {
  if (!stepsStarted(v)) return null;
  const view: ConsequenceStepsView = {
    consequenceInformation: v.consequenceInformation,
    consequenceHarm: v.consequenceHarm,
    consequencePublicInterest: v.consequencePublicInterest,
    exemptionYears: v.exemptionPermanent ? null : v.exemptionYears,
    exemptionPermanent: v.exemptionPermanent,
  };
  return JSON.stringify(view);
}

/** Stored steps back; null for rows from before the steps (their free text stays in consequence_test). */
export function parseConsequence(json: string | null): ConsequenceStepsView | null {
  if (json === null) return null;
  const parsed = ConsequenceStepsView.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export interface ConsequenceDraft {
  document: { id: number; title: string; decreeNumber: string; decreeDate: string | null };
  refusalPs17: Ps17Letter[];
  refusalOtherLaw: string;
  steps: ConsequenceStepsView;
}

/**
 * The draft of a refusal's test: the first exempt (dikecualikan) archive document linked to the
 * request, with its basis, steps and period. The officer reviews it before the refusal is saved.
 */
export function consequenceDraft(db: Db, requestId: number): ConsequenceDraft | null {
  const d = db
    .prepare(
      `SELECT d.id, d.title, d.decree_number, d.decree_date, d.exemption_letters, d.exemption_law, d.ct_information, d.ct_harm,
              d.ct_public_interest, d.consequence_test, d.exemption_years, d.exemption_permanent
       FROM archive_request_links l JOIN archive_documents d ON d.id = l.document_id
       WHERE l.request_id = ? AND d.category = 'dikecualikan'
       ORDER BY d.id LIMIT 1`,
    )
    .get(requestId) as
    | {
        id: number; title: string; decree_number: string; decree_date: string | null; exemption_letters: string; exemption_law: string;
        ct_information: string; ct_harm: string; ct_public_interest: string; consequence_test: string; exemption_years: number | null; exemption_permanent: 0 | 1;
      }
    | undefined;
  if (!d) return null;
  return {
    document: { id: d.id, title: d.title, decreeNumber: d.decree_number, decreeDate: d.decree_date },
    refusalPs17: JSON.parse(d.exemption_letters) as Ps17Letter[],
    refusalOtherLaw: d.exemption_law,
    steps: {
      consequenceInformation: d.ct_information || d.title,
      // A classification from before the steps (migration 012) has its whole test as the note.
      consequenceHarm: d.ct_harm || d.consequence_test,
      consequencePublicInterest: d.ct_public_interest,
      exemptionYears: d.exemption_years,
      exemptionPermanent: d.exemption_permanent === 1,
    },
  };
}
