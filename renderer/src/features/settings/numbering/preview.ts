// The live preview of a registration number, written by the same helper the core uses
// (shared/domain/requests/numbering.ts), so the preview cannot drift from the real numbers.
import { Temporal } from 'temporal-polyfill';
import { formatNumber, MAX_SEQ_WIDTH, patternProblem } from '../../../../../shared/domain/requests/numbering';

export interface PreviewParts {
  seq: number;
  year: number;
  /** 1-12 */
  month: number;
}

/** The number the pattern would give; null while the pattern or the width is not usable. */
export function previewNumber(pattern: string, seqWidth: number | null, unit: string, parts: PreviewParts): string | null {
  const trimmed = pattern.trim();
  if (seqWidth === null || !Number.isInteger(seqWidth) || seqWidth < 1 || seqWidth > MAX_SEQ_WIDTH) return null;
  if (patternProblem(trimmed) !== null) return null;
  return formatNumber(trimmed, seqWidth, { ...parts, unit: unit.trim() });
}

/**
 * Year and month in the office's zone (not UTC, not the PC's zone): a preview made at 07:00 WITA
 * on 1 Dec must say XII, as the number the core gives then.
 */
export function localYearMonth(now: Date, zone?: string): { year: number; month: number } {
  if (!zone) return { year: now.getFullYear(), month: now.getMonth() + 1 };
  const z = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone);
  return { year: z.year, month: z.month };
}
