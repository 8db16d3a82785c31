// Which objection grounds need a prior request. UU KIP Ps 35(1) huruf b — periodic information
// (informasi berkala, Ps 9) not published — is about information the public body must announce
// without being asked, so anyone may object to it without having filed a request. Every other
// ground is about how a request was handled: a refusal under Ps 17 (a), no response (c), an answer
// not as requested (d), not fulfilled (e), an unreasonable fee (f), a late answer (g); those need
// the request they object to. This is the only place that decides it.
import { OBJECTION_GROUND_LABEL, type ObjectionGround } from './fields';

export const GROUNDS_WITHOUT_REQUEST: readonly ObjectionGround[] = ['b'];

/** The grounds in `grounds` that cannot be raised without a request. */
export function groundsNeedingRequest(grounds: readonly ObjectionGround[]): ObjectionGround[] {
  return grounds.filter((g) => !GROUNDS_WITHOUT_REQUEST.includes(g));
}

/** Why an objection on `grounds` cannot be filed without a request, or null when it can. */
export function withoutRequestProblem(grounds: readonly ObjectionGround[]): string | null {
  const needing = groundsNeedingRequest(grounds);
  if (needing.length === 0) return null;
  const named = needing.map((g) => `huruf ${g} (${OBJECTION_GROUND_LABEL[g]})`).join('; ');
  return (
    `Keberatan atas alasan Pasal 35 ayat (1) ${named} hanya dapat diajukan atas permohonan informasi yang sudah tercatat: pilih permohonannya. ` +
    'Tanpa permohonan, keberatan hanya dapat diajukan dengan alasan huruf b (informasi berkala tidak disediakan).'
  );
}
