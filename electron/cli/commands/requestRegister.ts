// `ppid-desk request list` and `ppid-desk request show NOMOR`: the register of every request, of
// every status and year, and one case in full (fields, status, timeline, letters), read-only.
import { Command, Option } from 'commander';
import type { RegisterItem, RegisterPage } from '../../../shared/ipc/channels/cases';
import type { RequestDetail, TimelineEvent } from '../../../shared/ipc/channels/requests';
import type { LetterView } from '../../../shared/ipc/channels/letters';
import { REQUEST_STATUSES, REQUEST_STATUS_LABEL, type RequestStatus } from '../../../shared/domain/requests/status';
import { timelineActionLabel } from '../../../shared/domain/requests/timeline';
import { localDateTimeOf, parseInstant } from '../../../shared/domain/requests/instant';
import { zoneLabel } from '../../../shared/domain/clocks/start';
import { escapeForTerminal } from '../escape';
import { EXIT_INPUT, runWithCore, value, type SetExit } from '../archiveCore';
import { print, printError, printJson } from '../io';

const STATUS_CHOICES = ['any', 'open', 'closed', ...REQUEST_STATUSES];

const statusLabel = (s: string) => REQUEST_STATUS_LABEL[s as RequestStatus] ?? s;

export function requestListCommand(setExit: SetExit): Command {
  return new Command('list')
    .description('Register permohonan: semua status dan tahun, terbaru dulu.')
    .addOption(new Option('--status <status>', 'any, open (masih berjalan), closed (selesai/ditarik) atau satu status').default('open'))
    .option('--year <tahun>', 'tahun registrasi, mis. 2025')
    .option('--search <kata>', 'nomor, nama pemohon, 4 digit terakhir NIK, atau kata dari informasi yang diminta')
    .option('--json', 'keluaran JSON (satu daftar)')
    .exitOverride()
    .action(async (opts: { status: string; year?: string; search?: string; json?: boolean }, cmd: Command) => {
      if (!STATUS_CHOICES.includes(opts.status)) {
        printError(`--status harus salah satu dari: ${STATUS_CHOICES.join(', ')}.`);
        return setExit(EXIT_INPUT);
      }
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) {
        printError('--year harus tahun empat angka, mis. 2025.');
        return setExit(EXIT_INPUT);
      }
      const filters = { status: opts.status, ...(opts.year ? { year: Number(opts.year) } : {}), ...(opts.search ? { search: opts.search } : {}) };
      await runWithCore(
        cmd,
        setExit,
        async (core) => {
          const items: RegisterItem[] = [];
          let cursor: string | undefined;
          do {
            const page = value<RegisterPage>(await core.handle('cases:register', { kind: 'request', filters, limit: 200, ...(cursor ? { cursor } : {}) }));
            items.push(...page.items);
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          if (opts.json) {
            printJson(items);
            return;
          }
          if (items.length === 0) {
            print('Tidak ada permohonan yang cocok.');
            return;
          }
          for (const item of items) {
            print(`${item.receivedDate}  ${item.number}  ${statusLabel(item.status).padEnd(16)}  ${escapeForTerminal(item.requesterName)} — ${escapeForTerminal(item.title)}`);
          }
          print(`${items.length} permohonan.`);
        },
        'shared',
      );
    });
}

export function requestShowCommand(setExit: SetExit): Command {
  return new Command('show')
    .description('Rincian satu permohonan dari nomor registrasinya: isian, status, riwayat dan surat (semua versi).')
    .argument('<nomor>', 'nomor registrasi, mis. 001/PPID/I/2026')
    .option('--json', 'keluaran JSON')
    .exitOverride()
    .action(async (number: string, opts: { json?: boolean }, cmd: Command) => {
      await runWithCore(
        cmd,
        setExit,
        async (core) => {
          const found = value<{ requestId: number }>(await core.handle('letters:findCase', { requestNumber: number, caseKind: 'request' }));
          const detail = value<RequestDetail>(await core.handle('requests:get', { id: found.requestId }));
          const timeline = value<TimelineEvent[]>(await core.handle('requests:timeline', { id: detail.id }));
          const letters = value<LetterView[]>(await core.handle('letters:list', { caseKind: 'request', caseId: detail.id }));
          if (opts.json) printJson({ request: detail, timeline, letters });
          else printDetail(detail, timeline, letters);
        },
        'shared',
      );
    });
}

function printDetail(r: RequestDetail, timeline: TimelineEvent[], letters: LetterView[]): void {
  const line = (label: string, text: string | null | undefined) => print(`${label.padEnd(22)} ${escapeForTerminal(text ?? '—') || '—'}`);
  line('Nomor', r.number);
  line('Status', statusLabel(r.status));
  const local = (instant: string) => `${localDateTimeOf(parseInstant(instant) ?? 0, r.zone)} ${zoneLabel(r.zone)}`;
  line('Diterima', `${local(r.receivedAt)} (${r.channel})`);
  line('Pemohon', r.requester.name);
  line('Identitas', `${r.requester.idType} ${r.requester.idNumberMasked}`);
  line('Informasi diminta', r.information);
  line('Tujuan', r.purpose);
  line('Tenggat', r.extendedDueDate ? `${r.currentDueDate} (diperpanjang dari ${r.dueDate})` : r.currentDueDate);
  line('Keputusan', r.decision);
  line('Tanggal pemberitahuan', r.noticeDate);
  line('Tanggal diserahkan', r.deliveredDate);
  line('Biaya', r.costRp === null ? null : `Rp${r.costRp}${r.paymentMethod ? ` (${r.paymentMethod})` : ''}`);
  line('Unit / petugas', [r.unit, r.officer].filter(Boolean).join(' / '));
  print('');
  print('Riwayat:');
  for (const e of timeline) {
    const move = e.toStatus ? `${e.fromStatus ? `${statusLabel(e.fromStatus)} → ` : ''}${statusLabel(e.toStatus)}` : timelineActionLabel(e.action);
    print(`  ${local(e.at)}  ${escapeForTerminal(move)}${e.note ? `: ${escapeForTerminal(e.note)}` : ''} (${escapeForTerminal(e.actor)})`);
  }
  print('');
  print(letters.length ? 'Surat:' : 'Surat: belum ada.');
  for (const l of letters) {
    print(`  ${l.issuedDate}  ${escapeForTerminal(l.label)} ${l.number} versi ${l.version}${l.supersededBy ? ' (diganti)' : ''}`);
  }
}
