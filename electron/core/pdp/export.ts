// pdp:export: a requester's copy of their data (UU 27/2022 Ps 7), as JSON (complete, machine-readable)
// or PDF (on the letterhead when the office profile is complete). Audited, and noted on each case's
// timeline: handing out a person's data is itself processing that the person may ask about.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import { isProfileComplete } from '../../../shared/domain/settings/officeProfile';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { sha256Hex } from '../blobs/store';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { letterheadFromProfile } from '../documents/letterhead';
import { loadRenderers, MIME } from '../letters/render';
import { insertObjectionEvent } from '../objections/repo';
import { insertEvent } from '../requests/repo';
import { getProfile } from '../settings/service';
import { collectSubject, findRequesters, type SubjectRecords } from './subject';
import { subjectSpec } from './subjectPdf';

type ExportInput = ParsedInput<'pdp:export'>;

function countsOf(r: SubjectRecords) {
  return {
    requesters: r.requesters.length,
    requests: r.requests.length,
    objections: r.objections.length,
    disputes: r.disputes.length,
    letters: r.letters.length,
    events: r.events.length,
    auditEntries: r.audit.length,
  };
}

export async function exportSubject(ctx: Ctx, input: ExportInput) {
  const nowMs = ctx.clock.now().getTime();
  const zone = officeClock(ctx).zone;
  const today = todayLocal(nowMs, zone);
  const query = input.nik !== undefined ? { nik: input.nik } : { requesterId: input.requesterId! };
  const records = collectSubject(ctx.db, findRequesters(ctx.db, query));
  const profile = getProfile(ctx);
  const complete = profile !== null && isProfileComplete(profile);
  const author = complete ? profile.instansiLines.join(' ') : 'PPID';
  let bytes: Uint8Array;
  if (input.format === 'json') {
    const doc = {
      kind: 'ppid-desk/data-pribadi-pemohon',
      basis: 'UU 27/2022 Pasal 7 dan Pasal 32 (hak akses subjek data pribadi)',
      generatedAt: toUtcIso(nowMs),
      office: author,
      ...records,
    };
    bytes = new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const spec = subjectSpec(records, {
      author,
      createdAt: new Date(nowMs),
      zone,
      generatedOn: today,
      ...(complete ? { letterhead: letterheadFromProfile(ctx, profile), placeDate: `${profile.city}, ${formatTanggal(today)}` } : {}),
    });
    const { renderPdf } = await loadRenderers();
    bytes = (await renderPdf(spec)).bytes;
  }
  const counts = countsOf(records);
  const ownObjections = records.objections.filter((o) => o.requestNumber === '');
  mutate(ctx, (tx) => {
    for (const r of records.requests) {
      insertEvent(tx.db, {
        request_id: r.id,
        at: tx.at,
        actor: ctx.actor,
        action: 'pdp_exported',
        subject_kind: 'request',
        subject_id: r.id,
        from_status: null,
        to_status: null,
        note: `Data pribadi pemohon diekspor (${input.format.toUpperCase()}) atas hak akses subjek data (UU 27/2022 Pasal 7).`,
      });
    }
    // An objection filed without a request has no request timeline: the note goes on the objection's.
    for (const o of ownObjections) {
      insertObjectionEvent(tx.db, {
        request_id: null,
        at: tx.at,
        actor: ctx.actor,
        action: 'pdp_exported',
        subject_kind: 'objection',
        subject_id: o.id,
        from_status: null,
        to_status: null,
        note: `Data pribadi pemohon keberatan diekspor (${input.format.toUpperCase()}) atas hak akses subjek data (UU 27/2022 Pasal 7).`,
      });
    }
    // Never the NIK: the audit chain outlives retention.
    tx.audit({
      action: 'pdp.export',
      entity: 'requester',
      entityId: String(records.requesters[0]!.id),
      data: { by: input.nik !== undefined ? 'nik' : 'requester', format: input.format, requesterIds: records.requesters.map((q) => q.id), requestIds: records.requests.map((r) => r.id), objectionIds: ownObjections.map((o) => o.id), counts },
    });
    for (const r of records.requests) tx.emit('cases:changed', { kind: 'request', id: r.id });
    for (const o of ownObjections) tx.emit('cases:changed', { kind: 'objection', id: o.id });
  });
  const first = records.requests[0]?.number ?? ownObjections[0]?.number ?? `pemohon-${records.requesters[0]!.id}`;
  return {
    filename: `data-pribadi-${first.replace(/[\\/:*?"<>|\s]+/g, '-')}.${input.format}`,
    mime: input.format === 'pdf' ? MIME.pdf : 'application/json',
    base64: Buffer.from(bytes).toString('base64'),
    sha256: sha256Hex(bytes),
    counts,
  };
}
