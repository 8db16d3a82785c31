// registers:export: one register for a period in the format asked, as bytes for a download or a
// save dialog. Audited: a register lists people's names and addresses (UU 27/2022 PDP).
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { yearOf } from '../../../shared/domain/calendar/localDate';
import { isProfileComplete } from '../../../shared/domain/settings/officeProfile';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { sha256Hex } from '../blobs/store';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { letterheadFromProfile } from '../documents/letterhead';
import { loadRenderers, MIME } from '../letters/render';
import { ppidSignatureBlock } from '../letters/signature';
import { getProfile } from '../settings/service';
import { registerCsv, registerSpec, registerXlsx } from './formats';
import { registerTable } from './rows';

export async function exportRegister(ctx: Ctx, input: ParsedInput<'registers:export'>) {
  const nowMs = ctx.clock.now().getTime();
  const createdAt = new Date(nowMs);
  const table = registerTable(ctx.db, input.kind, input.from, input.to, (d) => formatTanggal(d));
  const profile = getProfile(ctx);
  const complete = profile !== null && isProfileComplete(profile);
  const author = complete ? profile.instansiLines.join(' ') : 'PPID';
  let bytes: Uint8Array;
  if (input.format === 'xlsx') bytes = await registerXlsx(table, { author, createdAt });
  else if (input.format === 'csv') bytes = registerCsv(table);
  else {
    const today = todayLocal(nowMs, officeClock(ctx).zone);
    const spec = registerSpec(table, {
      author,
      createdAt,
      ...(complete
        ? {
            letterhead: letterheadFromProfile(ctx, profile),
            signature: ppidSignatureBlock(profile, { place: profile.city, date: formatTanggal(today) }),
          }
        : {}),
    });
    const { renderPdf, renderDocx } = await loadRenderers();
    bytes = (input.format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec)).bytes;
  }
  mutate(ctx, (tx) => {
    // At the instant the document prints as its creation, not the (later) end of the rendering.
    tx.audit({ at: toUtcIso(nowMs), action: 'register.export', entity: 'register', entityId: input.kind, data: { from: input.from, to: input.to, format: input.format, rows: table.rows.length } });
  });
  const span = yearOf(input.from) === yearOf(input.to) && input.from.endsWith('-01-01') && input.to.endsWith('-12-31') ? String(yearOf(input.from)) : `${input.from}_${input.to}`;
  return {
    filename: `register-${input.kind}-${span}.${input.format}`,
    mime: MIME[input.format],
    base64: Buffer.from(bytes).toString('base64'),
    sha256: sha256Hex(bytes),
    rows: table.rows.length,
  };
}
