// Officer accounts, auth:me and the audit log in the fake backend (issue 14). `me` null: the shell
// runs without a signed-in officer (system), as the hosts did before accounts.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { OfficerAccount } from '../../../shared/ipc/channels/auth';
import type { AuditRow } from '../../../shared/ipc/channels/audit';
import { FakeRefusal } from './fakeRefusal';

export interface OfficersState {
  officers: OfficerAccount[];
  me: OfficerAccount | null;
  audit: AuditRow[];
}

export const emptyOfficers = (): OfficersState => ({ officers: [], me: null, audit: [] });

export function officerHandlers(state: OfficersState, emit: (event: string, payload: unknown) => void) {
  const find = (id: number) => {
    const o = state.officers.find((x) => x.id === id);
    if (!o) throw new FakeRefusal('not_found', `Petugas dengan id ${id} tidak ditemukan.`);
    return o;
  };
  const changed = <T>(value: T): T => (emit('settings:changed', { key: 'officers' }), value);
  return {
    'auth:me': () => ({ officer: state.me, needsSetup: state.officers.length === 0 }),
    'officers:list': () => ({ officers: state.officers }),
    'officers:add': (input: ParsedInput<'officers:add'>) => {
      if (state.officers.some((o) => o.username === input.username)) throw new FakeRefusal('conflict', `Nama pengguna "${input.username}" sudah dipakai petugas lain.`);
      const officer = { id: state.officers.length + 1, username: input.username, name: input.name, nip: input.nip, jabatan: input.jabatan, roles: input.roles, active: true };
      state.officers.push(officer);
      return changed(officer);
    },
    'officers:update': (input: ParsedInput<'officers:update'>) => {
      const o = Object.assign(find(input.id), { name: input.name, nip: input.nip, jabatan: input.jabatan, roles: input.roles });
      return changed(o);
    },
    'officers:setActive': (input: ParsedInput<'officers:setActive'>) => changed(Object.assign(find(input.id), { active: input.active })),
    'officers:resetPassword': (input: ParsedInput<'officers:resetPassword'>) => ({ officer: find(input.id), temporaryPassword: input.newPassword ? null : 'Sementara2345ab' }),
    'audit:list': (input: ParsedInput<'audit:list'>) => {
      const f = input.filter;
      const rows = state.audit
        .filter((r) => (f.officerId === undefined ? true : r.officerId === f.officerId))
        .filter((r) => r.action.startsWith(f.kind))
        .sort((a, b) => b.seq - a.seq);
      return { rows: rows.slice(0, input.limit), total: rows.length, kinds: [...new Set(state.audit.map((r) => r.action.split('.')[0]!))].sort() };
    },
    'audit:export': () => ({ filename: 'log-audit-2026-11-23.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: 'UEs=', rows: state.audit.length }),
  };
}
