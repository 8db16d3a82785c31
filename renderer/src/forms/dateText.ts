// Dates as Indonesian officers write them, whatever language the browser speaks: dd/mm/yyyy and
// a 24-hour HH:mm in the office's zone. The form values stay machine-shaped ('YYYY-MM-DD', or
// 'YYYY-MM-DDTHH:mm' office-local) so the forms convert them exactly as before; what the officer
// types is parsed here. Never through Date or toISOString (DOMAIN.md: a UTC date shifts WITA days).
import { Temporal } from 'temporal-polyfill';

export type DateMode = 'date' | 'datetime';

/** Why a text is not a date (or date-time): the field shows the matching sentence. */
export type DateProblem = 'format' | 'noSuchDate' | 'time';

export type Parsed = { ok: true; value: string } | { ok: false; problem: DateProblem };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** '2026-03-17' → '17/03/2026'; '2026-03-17T09:05' → '17/03/2026 09:05'; anything else as it is. */
export function formatDateText(value: string, mode: DateMode): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!iso) return value;
  const [, y, m, d, hh, mm] = iso;
  const date = `${d}/${m}/${y}`;
  if (mode === 'date') return date;
  return hh === undefined ? date : `${date} ${hh}:${mm}`;
}

function plainDate(y: number, m: number, d: number): string | null {
  try {
    return Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

const DATE_DMY = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/;
const DATE_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$|^(\d{2})(\d{2})$/;

function parseDatePart(text: string): Parsed {
  const t = text.trim();
  const dmy = DATE_DMY.exec(t) ?? DATE_DIGITS.exec(t);
  const iso = dmy ? null : DATE_ISO.exec(t);
  if (!dmy && !iso) return { ok: false, problem: 'format' };
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : [iso![3], iso![2], iso![1]];
  const date = plainDate(Number(y), Number(m), Number(d));
  return date ? { ok: true, value: date } : { ok: false, problem: 'noSuchDate' };
}

function parseTimePart(text: string): Parsed {
  const match = TIME.exec(text.trim());
  if (!match) return { ok: false, problem: 'time' };
  const h = Number(match[1] ?? match[3]);
  const min = Number(match[2] ?? match[4]);
  if (h > 23 || min > 59) return { ok: false, problem: 'time' };
  return { ok: true, value: `${pad(h)}:${pad(min)}` };
}

/**
 * What the officer typed → 'YYYY-MM-DD' (date) or 'YYYY-MM-DDTHH:mm' (datetime). Accepts
 * 17/03/2026, 17-3-2026, 17.03.2026, 17032026, and pasted ISO 2026-03-17; times 14:30, 14.30,
 * 1430, 9:05. Blank is not a date: callers decide whether the field may be empty.
 */
export function parseDateText(text: string, mode: DateMode): Parsed {
  const t = text.trim().replace(/\s+/g, ' ');
  if (mode === 'date') return parseDatePart(t);
  const isoLocal = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(t);
  const [datePart, timePart] = isoLocal ? [isoLocal[1]!, isoLocal[2]!] : splitDateTime(t);
  const date = parseDatePart(datePart);
  if (!date.ok) return date;
  if (timePart === '') return { ok: false, problem: 'time' };
  const time = parseTimePart(timePart);
  if (!time.ok) return time;
  return { ok: true, value: `${date.value}T${time.value}` };
}

/** '17/03/2026 14:30' → ['17/03/2026', '14:30']; '17032026 1430' as well; no time → ''. */
function splitDateTime(t: string): [string, string] {
  const at = t.lastIndexOf(' ');
  if (at < 0) return [t, ''];
  // "17 03 2026" (spaces as separators) with no time, or "17 03 2026 14:30".
  const head = t.slice(0, at);
  const tail = t.slice(at + 1);
  if (/^\d{4}$/.test(tail) && /^\d{1,2}\s\d{1,2}$/.test(head)) return [t, ''];
  return [head, tail];
}

/** True for a value the form holds as machine-shaped ('YYYY-MM-DD' / 'YYYY-MM-DDTHH:mm'). */
export function isMachineValue(value: string, mode: DateMode): boolean {
  return mode === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(value) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value);
}

/** Epoch ms → office-local 'YYYY-MM-DDTHH:mm' (datetime) or 'YYYY-MM-DD' (date) in `zone`. */
export function localValueAt(ms: number, zone: string, mode: DateMode): string {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  const dateTime = z.toPlainDateTime().toString({ smallestUnit: 'minute' });
  return mode === 'date' ? dateTime.slice(0, 10) : dateTime;
}

const SEGMENTS = { date: [2, 2, 4], datetime: [2, 2, 4, 2, 2] } as const;
const SEPARATORS = ['/', '/', ' ', ':'] as const;

/**
 * Typing at the end of the field: separators appear by themselves after dd, mm, yyyy and HH, so
 * "170320261430" becomes "17/03/2026 14:30"; a separator typed after one digit pads it ("1/" →
 * "01/"), and one typed right after an automatic one is swallowed. `previous` is the text before
 * this keystroke; edits elsewhere than at the end, and deletions, are left alone.
 */
export function maskTyping(previous: string, next: string, mode: DateMode): string {
  if (next.length !== previous.length + 1 || !next.startsWith(previous)) return next;
  const typed = next.slice(-1);
  const sizes = SEGMENTS[mode];
  const parts = previous.split(/[/\s:]/);
  if (previous !== '' && !/^[\d/\s:]*$/.test(previous)) return next;
  const index = previous === '' ? 0 : parts.length - 1;
  const current = previous === '' ? '' : parts[index]!;
  const size = sizes[index];
  if (size === undefined) return next;
  if (/\d/.test(typed)) {
    if (current.length >= size) {
      // The automatic separator was deleted and typing goes on: put it back first.
      return index < sizes.length - 1 ? previous + SEPARATORS[index]! + typed : next;
    }
    const grown = previous + typed;
    const full = current.length + 1 === size;
    return full && index < sizes.length - 1 ? grown + SEPARATORS[index]! : grown;
  }
  if (/[/.\-\s:]/.test(typed)) {
    if (current === '') return previous; // right after an automatic separator
    if (index >= sizes.length - 1) return next;
    const padded = current.length < size && size === 2 ? pad(Number(current)) : current;
    return previous.slice(0, previous.length - current.length) + padded + SEPARATORS[index]!;
  }
  return next;
}

/**
 * ArrowUp/ArrowDown on a complete value: one step of the part under the caret (day, month,
 * year, hour, minute), carrying over as a calendar does (31/01 + 1 day = 01/02). Null when the
 * text is not a complete date.
 */
export function stepDateText(text: string, caret: number, delta: 1 | -1, mode: DateMode): { text: string; caret: number } | null {
  const parsed = parseDateText(text, mode);
  if (!parsed.ok) return null;
  const canonical = formatDateText(parsed.value, mode);
  // Positions in "dd/mm/yyyy HH:mm": 0-2 day, 3-5 month, 6-10 year, 11-13 hour, 14-16 minute.
  const at = Math.min(caret, canonical.length);
  const unit = at <= 2 ? 'days' : at <= 5 ? 'months' : at <= 10 ? 'years' : at <= 13 ? 'hours' : 'minutes';
  const base = mode === 'date' ? Temporal.PlainDate.from(parsed.value).toPlainDateTime() : Temporal.PlainDateTime.from(parsed.value);
  const moved = base.add({ [unit]: delta });
  const value = mode === 'date' ? moved.toPlainDate().toString() : moved.toString({ smallestUnit: 'minute' });
  return { text: formatDateText(value, mode), caret: at };
}
