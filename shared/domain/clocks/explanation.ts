// The sentences the app shows beside a deadline. DOMAIN.md asks the app to state the counting
// convention and show it: the officer must be able to redo the count by hand from these lines.
import { describeReason, type WorkingCalendar } from '../calendar/calendar';
import { formatHariTanggal, formatJam } from '../calendar/format';
import { CLOCKS } from './clocks';
import type { DeadlineResult } from './deadline';
import { zoneLabel, type StartPoint } from './start';

export function explainDeadline(result: DeadlineResult, start: StartPoint, calendar: WorkingCalendar): string[] {
  const clock = CLOCKS[result.clock];
  const lines: string[] = [];
  const received = result.receivedLocalDate;

  if (start.kind === 'instant') {
    const label = zoneLabel(result.zone);
    const zoneText = label === result.zone ? label : `${label} (${result.zone})`;
    lines.push(`${clock.startEvent} ${formatHariTanggal(received)} pukul ${formatJam(start.localTime)} ${zoneText}.`);
  } else {
    lines.push(`${clock.startEvent} ${formatHariTanggal(received)}.`);
  }

  const offReason = calendar.reasonOff(received);
  const dayZero = `${formatHariTanggal(result.effectiveStart)} (hari ke-0)`;
  if (offReason) {
    lines.push(
      `Hari itu bukan hari kerja (${describeReason(received, offReason)}), sehingga penghitungan dimulai pada hari kerja berikutnya: ${dayZero}.`,
    );
  } else if (start.kind === 'instant' && !start.beforeCutoff) {
    lines.push(
      `Waktu itu tidak sebelum batas jam layanan ${formatJam(result.cutoff)}, sehingga dihitung diterima pada hari kerja berikutnya: ${dayZero}.`,
    );
  } else if (start.kind === 'instant') {
    lines.push(
      `Hari itu hari kerja dan waktunya sebelum batas jam layanan ${formatJam(result.cutoff)}, sehingga hari itu menjadi hari ke-0.`,
    );
  } else {
    lines.push('Hari itu hari kerja dan menjadi hari ke-0.');
  }

  lines.push(
    `Jangka waktu ${clock.label}: ${result.workingDays} hari kerja (${clock.basis}). ` +
      `Hari ke-1 adalah hari kerja sesudah hari ke-0; tenggat adalah akhir hari kerja ke-${result.workingDays}.`,
  );

  if (result.skipped.length > 0) {
    lines.push(`Hari yang tidak dihitung: ${result.skipped.map((day) => day.reason).join('; ')}.`);
  } else {
    lines.push('Tidak ada hari libur atau akhir pekan yang dilewati.');
  }

  lines.push(`Tenggat: akhir hari kerja ${formatHariTanggal(result.due)}.`);

  lines.push(
    `Kalender hari libur versi ${result.calendarVersion}; cuti bersama dihitung sebagai ${
      result.cutiBersamaIsDayOff ? 'hari libur' : 'hari kerja'
    }.`,
  );
  if (result.coverageWarning) lines.push(result.coverageWarning);
  return lines;
}

export function coverageWarningText(calendar: WorkingCalendar, years: readonly number[]): string {
  const list = joinIndonesian(years.map(String));
  const known =
    calendar.coveredYears.length > 0
      ? `hanya memuat hari libur tahun ${joinIndonesian(calendar.coveredYears.map(String))}`
      : 'tidak memuat hari libur nasional satu tahun pun';
  return (
    `Perhatian: kalender versi ${calendar.version} ${known}. Untuk tahun ${list} hanya Sabtu dan Minggu ` +
    `yang dihitung sebagai hari libur; periksa kembali tenggat ini setelah hari libur tahun ${list} ditetapkan.`
  );
}

/** ['2024', '2025', '2026'] → '2024, 2025 dan 2026'. */
function joinIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}
