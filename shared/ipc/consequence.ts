// The uji konsekuensi (consequence test) as its steps (Perki 1/2021 Ps 49(2); UU KIP Ps 2(4),
// Ps 19; PP 61/2010 Ps 5-6): the information withheld, the harm if it were opened, why closing it
// protects a larger interest than opening it, and the period of the exemption. ONE schema for the
// archive's classification (Arsip › DIP) and a request's refusal (Ps 17), so both record the same
// test the same way; the legal basis (Ps 17 letters, other law) stays with each record.
import { z } from './zod';
import { optionalText } from './fields';
import { MAX_EXEMPTION_YEARS, PERMANENT_ALLOWED, type ExemptionLetter } from '../domain/archive/fields';

export const CONSEQUENCE_STEP_FIELDS = {
  consequenceInformation: optionalText('Informasi yang dikecualikan', 2000, 'multiline'),
  consequenceHarm: optionalText('Akibat bila informasi dibuka', 8000, 'multiline'),
  consequencePublicInterest: optionalText('Pertimbangan kepentingan publik', 8000, 'multiline'),
  exemptionYears: z
    .number({ error: 'Jangka waktu pengecualian harus angka tahun.' })
    .int()
    .min(1, { error: 'Jangka waktu pengecualian paling sedikit 1 tahun.' })
    .max(MAX_EXEMPTION_YEARS, { error: `Jangka waktu pengecualian paling lama ${MAX_EXEMPTION_YEARS} tahun.` })
    .nullable()
    .default(null),
  exemptionPermanent: z.boolean().default(false),
};

export const ConsequenceSteps = z.object(CONSEQUENCE_STEP_FIELDS);
export type ConsequenceSteps = z.output<typeof ConsequenceSteps>;

/** As stored and shown: every step present. */
export const ConsequenceStepsView = z.object({
  consequenceInformation: z.string(),
  consequenceHarm: z.string(),
  consequencePublicInterest: z.string(),
  exemptionYears: z.number().int().nullable(),
  exemptionPermanent: z.boolean(),
});
export type ConsequenceStepsView = z.infer<typeof ConsequenceStepsView>;

export const HARM_MESSAGE =
  'Uji konsekuensi wajib diisi: jelaskan akibat yang timbul bila informasi dibuka (UU KIP Pasal 19; Perki 1/2021 Pasal 49 ayat (2)).';
export const PUBLIC_INTEREST_MESSAGE =
  'Uji konsekuensi wajib diisi: jelaskan mengapa menutup informasi melindungi kepentingan yang lebih besar daripada membukanya (UU KIP Pasal 2 ayat (4)).';
export const PERIOD_MESSAGE = 'Isi jangka waktu pengecualian (1-30 tahun), atau tandai permanen untuk huruf g/h.';
export const PERMANENT_MESSAGE = 'Pengecualian tanpa batas waktu hanya untuk Pasal 17 huruf g dan h.';

/** Whether any step of the test has been written (a test half filled in is refused). */
export const stepsStarted = (v: ConsequenceSteps): boolean =>
  v.consequenceHarm !== '' || v.consequencePublicInterest !== '' || v.consequenceInformation !== '';

/**
 * The rules of the steps, shared: harm and public interest when the test is written in steps (or
 * when `noteSuffices` is false), a period — years, or permanent for Ps 17 g/h only (UU KIP Ps 20;
 * PP 61/2010) — when `needPeriod`.
 */
export function consequenceIssues(
  v: ConsequenceSteps,
  letters: readonly ExemptionLetter[],
  opts: { noteSuffices: boolean; needPeriod: boolean },
): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  if (stepsStarted(v) || !opts.noteSuffices) {
    if (v.consequenceHarm === '') issues.push({ path: 'consequenceHarm', message: HARM_MESSAGE });
    if (v.consequencePublicInterest === '') issues.push({ path: 'consequencePublicInterest', message: PUBLIC_INTEREST_MESSAGE });
  }
  if (opts.needPeriod && v.exemptionYears === null && !v.exemptionPermanent) issues.push({ path: 'exemptionYears', message: PERIOD_MESSAGE });
  if (v.exemptionPermanent && !(letters.length > 0 && letters.every((l) => PERMANENT_ALLOWED.includes(l)))) {
    issues.push({ path: 'exemptionPermanent', message: PERMANENT_MESSAGE });
  }
  return issues;
}
