// `ppid-desk request add` (list and show: requestRegister.ts) and `ppid-desk inbox`: intake from a JSON file (the same input as the
// requests:create channel) and the open items in inbox order, through the same core as the app.
import { Command } from 'commander';
import type { InboxItem, InboxPage } from '../../../shared/ipc/channels/inbox';
import { escapeForTerminal } from '../escape';
import { EXIT_OK, reportError, withCore, type SetExit } from '../archiveCore';
import { print, printJson } from '../io';
import { timeLeftText } from '../../../shared/domain/inquiries/clocks';
import { requestListCommand, requestShowCommand } from './requestRegister';
import { addFromJsonCommand } from '../jsonInput';

export function requestCommand(setExit: SetExit): Command {
  const add = addFromJsonCommand(setExit, {
    channel: 'requests:create',
    what: 'permohonan',
    description:
      'Catat permohonan informasi dari berkas JSON (isian sama dengan requests:create); mencetak nomor registrasinya.',
  });
  return new Command('request')
    .description('Permohonan informasi publik.')
    .exitOverride()
    .addCommand(add)
    .addCommand(requestListCommand(setExit))
    .addCommand(requestShowCommand(setExit));
}

export function inboxCommand(setExit: SetExit): Command {
  return new Command('inbox')
    .description('Daftar permohonan, keberatan, sengketa dan pertanyaan media yang masih terbuka, urut sisa waktu.')
    .option('--json', 'keluaran JSON (satu daftar)')
    .option('--now <waktu>', 'waktu acuan dengan zona, mis. 2026-04-01T09:00:00+08:00 (bawaan: sekarang)')
    .option('--search <kata>', 'cari nama pemohon, nomor atau isi permohonan')
    .exitOverride()
    .action(async (opts: { json?: boolean; now?: string; search?: string }, cmd: Command) => {
      const filters = opts.search ? { search: opts.search } : {};
      const outcome = await withCore(cmd, async (core) => {
        const items: InboxItem[] = [];
        let cursor: string | undefined;
        do {
          const page = await core.handle('inbox:list', { limit: 200, filters, ...(cursor ? { cursor } : {}), ...(opts.now ? { now: opts.now } : {}) });
          if (!page.ok) return page;
          const value = page.value as InboxPage;
          items.push(...value.items);
          cursor = value.nextCursor ?? undefined;
        } while (cursor);
        return { ok: true as const, value: items };
      }, 'shared');
      if (!outcome.ok) return setExit(reportError(outcome.error));
      if (opts.json) printJson(outcome.value);
      else if (outcome.value.length === 0) print('Tidak ada perkara terbuka.');
      else for (const item of outcome.value) print(describe(item));
      setExit(EXIT_OK);
    });
}

const STATE_LABEL: Record<InboxItem['state'], string> = {
  overdue: 'LEWAT',
  due_today: 'HARI INI',
  due_soon: 'SEGERA',
  on_track: 'aman',
  paused: 'jeda',
};

function describe(item: InboxItem): string {
  const left = item.workingDaysLeft >= 0 ? `+${item.workingDaysLeft}` : String(item.workingDaysLeft);
  // Press inquiries run on hours: "sisa 3 jam 20 menit" instead of working days.
  if (typeof item.minutesLeft === 'number') {
    return `${item.due}  ${STATE_LABEL[item.state].padEnd(8)} ${timeLeftText(item.minutesLeft)}  ${item.number}  ${escapeForTerminal(item.requesterName)} — ${escapeForTerminal(item.title)}`;
  }
  return `${item.due}  ${STATE_LABEL[item.state].padEnd(8)} ${left.padStart(4)}  ${item.number}  ${escapeForTerminal(item.requesterName)} — ${escapeForTerminal(item.title)}`;
}
