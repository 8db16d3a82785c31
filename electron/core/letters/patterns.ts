// Letter number patterns (Pengaturan › Penomoran): one per letter type, kept in settings and
// audited. {unit} and the {seq} width are the ones of the registration numbers.
import { DEFAULT_LETTER_PATTERNS } from '../../../shared/domain/letters';
import { LetterPatterns } from '../../../shared/ipc/channels/letters';
import { appendAudit } from '../audit/repo';
import { nowIso, type Ctx } from '../context';
import type { Db } from '../db/connection';
import { getSetting, putSetting } from '../settings/repo';

export const LETTER_PATTERNS_KEY = 'letter_numbering';

export function getLetterPatterns(db: Db): LetterPatterns {
  const parsed = LetterPatterns.safeParse({ ...DEFAULT_LETTER_PATTERNS, ...(getSetting(db, LETTER_PATTERNS_KEY) as object | undefined) });
  return parsed.success ? parsed.data : { ...DEFAULT_LETTER_PATTERNS };
}

export function setLetterPatterns(ctx: Ctx, input: LetterPatterns): LetterPatterns {
  const at = nowIso(ctx);
  ctx.db.transaction(() => {
    const before = getLetterPatterns(ctx.db);
    putSetting(ctx.db, LETTER_PATTERNS_KEY, input, at);
    appendAudit(ctx.db, { at, actor: ctx.actor, action: 'letter_numbering.update', entity: 'settings', entityId: LETTER_PATTERNS_KEY, data: { before, after: input } });
  }).immediate();
  ctx.emit('settings:changed', { key: LETTER_PATTERNS_KEY });
  return input;
}
