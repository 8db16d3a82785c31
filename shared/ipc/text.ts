// Text hygiene for every free-text field an officer (or a script) fills in. What is typed here is
// printed on letters and registers, shown in lists and in terminals, and searched: characters
// that cannot be seen but change what is shown (control codes, bidi overrides, broken UTF-16)
// are refused with a message naming the field, and text is stored NFC-normalised so that the
// same name typed on two keyboards is the same name (search, de-duplication, registers).
import { z } from './zod';

/**
 * 'line': names, titles, numbers — one line, no control character at all.
 * 'multiline': descriptions, notes, addresses — tab, line feed and carriage return allowed.
 */
export type TextKind = 'line' | 'multiline';

// C0 controls (U+0000-U+001F, NUL and ESC among them), DEL and the C1 controls (U+0080-U+009F):
// matching them is the point of these two patterns.
/* eslint-disable no-control-regex */
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// Half of a UTF-16 surrogate pair without the other half: not a character, breaks exports.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they reorder what is shown,
// so a name could print differently from what was stored ("Trojan Source", CVE-2021-42574).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Anything that shows: not a control, format character (zero-width, bidi), separator or lone mark.
const VISIBLE = /[^\p{Cc}\p{Cf}\p{Z}\p{M}]/u;

/**
 * Why `value` (already trimmed) is not acceptable text for the field `label`, in Indonesian; null
 * when it is. `required` fields must hold a letter or digit; optional ones something visible.
 */
export function textProblem(value: string, label: string, kind: TextKind, required: boolean): string | null {
  if (value === '') return null;
  if (LONE_SURROGATE.test(value)) return `${label} mengandung karakter rusak (bukan teks Unicode yang sah); ketik ulang isian ini.`;
  if (kind === 'line' && !CONTROL_BUT_LINE_BREAKS.test(value) && LINE_BREAK_OR_TAB.test(value)) {
    return `${label} harus satu baris: hapus baris baru atau tab di dalamnya.`;
  }
  if ((kind === 'line' ? ANY_CONTROL : CONTROL_BUT_LINE_BREAKS).test(value)) {
    return `${label} mengandung karakter kendali yang tidak diizinkan (mis. NUL atau ESC); ketik ulang isian ini.`;
  }
  if (kind === 'line' && BIDI_CONTROL.test(value)) {
    return `${label} mengandung tanda pembalik arah teks (bidi) yang tidak terlihat; ketik ulang isian ini tanpa menyalinnya.`;
  }
  if (required && !LETTER_OR_DIGIT.test(value)) return `${label} harus memuat huruf atau angka.`;
  if (!VISIBLE.test(value)) return `${label} hanya berisi karakter yang tidak terlihat; kosongkan atau isi dengan teks.`;
  return null;
}

/** Clean, NFC-normalised text: trimmed, checked by textProblem, then limited to `max` characters. */
export function cleanText(label: string, max: number, kind: TextKind, required: boolean) {
  return z
    .string({ error: required ? `${label} wajib diisi.` : `${label} harus berupa teks.` })
    .trim()
    .normalize('NFC')
    .superRefine((value, ctx) => {
      const problem = textProblem(value, label, kind, required);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .min(required ? 1 : 0, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` });
}
