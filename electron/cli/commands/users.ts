// `ppid-desk user …` (issue 14): officer accounts from the command line — the first Admin on a
// server without a screen, a forgotten Admin password. The CLI acts as system (no sign-in): who
// may run it is whoever may open the data folder; its audit entries say "CLI (OS user)".
// Passwords come from stdin (hidden when typed at a terminal), never from an argument, which
// would stay in the shell's history and be visible in the process list.
import { Command } from 'commander';
import type { OfficerAccount } from '../../../shared/ipc/channels/auth';
import { isRole, ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/auth/roles';
import { print, printJson } from '../io';
import { CliFailure, runWithCore, value, type SetExit } from '../archiveCore';
import { canPrompt, processTerminal, readHidden } from '../passphrase';
import type { Core } from '../../core/types';

const MAX_STDIN = 4096;

/** The password: typed twice without echo at a terminal, else the first line of stdin. */
export async function readPassword(prompt: string): Promise<string> {
  const io = processTerminal();
  if (canPrompt(io)) {
    const first = await readHidden(prompt, io);
    const again = await readHidden('Ketik sekali lagi: ', io);
    if (again !== first) throw new CliFailure({ code: 'invalid_input', message: 'Kedua kata sandi tidak sama. Tidak ada yang diubah; jalankan lagi.' });
    return first;
  }
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    text += chunk as string;
    if (text.length > MAX_STDIN) break;
  }
  // The first line, without its line break; spaces inside and around are part of the password.
  return (text.split(/\r?\n/)[0] ?? '').normalize('NFC');
}

function parseRoles(raw: string): Role[] {
  const roles = raw.split(',').map((r) => r.trim().toLowerCase()).filter((r) => r !== '');
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0 || roles.length === 0) {
    throw new CliFailure({ code: 'invalid_input', message: `Peran tidak dikenal: ${unknown.join(', ') || '(kosong)'}. Pilihan: ${ROLES.join(', ')}.` });
  }
  return roles as Role[];
}

async function officerByUsername(core: Core, username: string): Promise<OfficerAccount> {
  const { officers } = value<{ officers: OfficerAccount[] }>(await core.handle('officers:list', {}));
  const found = officers.find((o) => o.username === username.trim().toLowerCase());
  if (!found) throw new CliFailure({ code: 'not_found', message: `Tidak ada petugas dengan nama pengguna "${username}". Lihat: ppid-desk user list.` });
  return found;
}

const describeOfficer = (o: OfficerAccount) =>
  `${o.username}\t${o.name}${o.nip ? ` (NIP ${o.nip})` : ''}\t${o.roles.map((r) => ROLE_LABELS[r]).join(', ')}\t${o.active ? 'aktif' : 'NONAKTIF'}`;

export function userCommand(setExit: SetExit): Command {
  const add = new Command('add')
    .description('Tambah akun petugas; kata sandi dibaca dari stdin (atau diketik dua kali tanpa tampil di terminal).')
    .requiredOption('--username <nama>', 'nama pengguna untuk masuk (huruf kecil, angka, titik, garis bawah, tanda hubung)')
    .requiredOption('--name <nama>', 'nama lengkap petugas, seperti dicetak di surat')
    .requiredOption('--role <peran>', `peran, dipisah koma: ${ROLES.join(', ')}`)
    .option('--nip <nip>', 'NIP (18 digit, spasi boleh)')
    .option('--jabatan <jabatan>', 'jabatan')
    .exitOverride()
    .action(async (opts: { username: string; name: string; role: string; nip?: string; jabatan?: string }, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const roles = parseRoles(opts.role);
        const password = await readPassword(`Kata sandi untuk ${opts.username}: `);
        const officer = value<OfficerAccount>(
          await core.handle('officers:add', { username: opts.username, name: opts.name, roles, password, nip: opts.nip ?? '', jabatan: opts.jabatan ?? '' }),
        );
        print(`Akun ${officer.username} (${officer.name}) dibuat dengan peran ${officer.roles.map((r) => ROLE_LABELS[r]).join(', ')}.`);
      });
    });

  const list = new Command('list')
    .description('Daftar akun petugas: nama pengguna, nama, peran, aktif/nonaktif.')
    .option('--json', 'keluaran JSON')
    .exitOverride()
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await runWithCore(
        cmd,
        setExit,
        async (core) => {
          const { officers } = value<{ officers: OfficerAccount[] }>(await core.handle('officers:list', {}));
          if (opts.json) printJson(officers);
          else if (officers.length === 0) print('Belum ada akun petugas. Buat Admin pertama: ppid-desk user add --username admin --name "NAMA" --role admin');
          else for (const o of officers) print(describeOfficer(o));
        },
        'shared',
      );
    });

  const disable = new Command('disable')
    .description('Nonaktifkan akun petugas (tidak dihapus: riwayat tetap menyebutnya); sesinya langsung berakhir.')
    .argument('<username>', 'nama pengguna')
    .exitOverride()
    .action(async (username: string, _opts: unknown, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const officer = await officerByUsername(core, username);
        value(await core.handle('officers:setActive', { id: officer.id, active: false }));
        print(`Akun ${officer.username} dinonaktifkan.`);
      });
    });

  const enable = new Command('enable')
    .description('Aktifkan lagi akun petugas yang dinonaktifkan.')
    .argument('<username>', 'nama pengguna')
    .exitOverride()
    .action(async (username: string, _opts: unknown, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const officer = await officerByUsername(core, username);
        value(await core.handle('officers:setActive', { id: officer.id, active: true }));
        print(`Akun ${officer.username} diaktifkan.`);
      });
    });

  const reset = new Command('reset-password')
    .description('Atur kata sandi baru seorang petugas (dibaca dari stdin); semua sesinya berakhir.')
    .argument('<username>', 'nama pengguna')
    .exitOverride()
    .action(async (username: string, _opts: unknown, cmd: Command) => {
      await runWithCore(cmd, setExit, async (core) => {
        const officer = await officerByUsername(core, username);
        const newPassword = await readPassword(`Kata sandi baru untuk ${officer.username}: `);
        value(await core.handle('officers:resetPassword', { id: officer.id, newPassword }));
        print(`Kata sandi ${officer.username} diganti; sesi yang terbuka sudah diakhiri.`);
      });
    });

  return new Command('user')
    .description('Akun petugas: tambah, daftar, nonaktifkan, atur ulang kata sandi.')
    .exitOverride()
    .addCommand(add)
    .addCommand(list)
    .addCommand(disable)
    .addCommand(enable)
    .addCommand(reset);
}

