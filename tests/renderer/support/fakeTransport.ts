// An in-memory backend speaking the real contract: inputs and outputs are parsed with the
// shared zod schemas, so a renderer that sends the wrong shape fails here as it would at the core.
import { calendarHandlers } from './fakeCalendar';
import { numberingHandlers, releasePatternHandlers } from './fakeNumbering';
import { contract, isChannel, type Channel, type ParsedInput } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { OfficeProfile, LogoInfo } from '../../../shared/domain/settings/officeProfile';
import type { LogoImage, UiPreferences } from '../../../shared/ipc/channels/settings';
import type { Transport } from '../../../renderer/src/api';
import { casesHandlers, emptyCases, type CasesState } from './fakeCases';
import { objectionHandlers } from './fakeObjections';
import { archiveHandlers } from './fakeArchive';
import { inquiryHandlers } from './fakeInquiries';
import { letterHandlers } from './fakeLetters';
import { pdpHandlers } from './fakePdp';
import { backupHandlers } from './fakeBackup';
import { registerHandlers } from './fakeRegister';
import { reportHandlers } from './fakeReports';
import { FakeRefusal } from './fakeRefusal';
import { emptyTariff, tariffHandlers } from './fakeTariff';
import type { TariffView } from '../../../shared/ipc/channels/costs';
import type { OfficerAccount } from '../../../shared/ipc/channels/auth';
import { permissionOf } from '../../../shared/ipc/permissions';
import { DEFAULT_ACCESS, type AccessSettings } from '../../../shared/ipc/channels/lan';
import { emptyOfficers, officerHandlers, type OfficersState } from './fakeOfficers';

type Handler = (input: unknown) => unknown;
type Override = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

export interface FakeState {
  profile: OfficeProfile | null;
  logo: (LogoImage & { info: LogoInfo }) | null;
  ui: UiPreferences;
  cases: CasesState;
  /** The core's clock (app:now); absent: the PC's clock. */
  now?: string;
  /** The officer's name at this desk ('' while not set) and the computer account (app:officer). */
  officer?: { name: string; account: string };
  /** Pengaturan › Tarif biaya (empty: costs are entered as an amount). */
  tariff: TariffView;
  /** Officer accounts, the signed-in officer and the audit log (issue 14). `accounts.me` null: the
   * login screen; by default FAKE_OFFICER (every role) is signed in. */
  accounts: OfficersState;
  /** Passwords the fake login knows (username → password). */
  passwords: Record<string, string>;
  access: AccessSettings;
}

export const FAKE_OFFICER: OfficerAccount = {
  id: 1,
  username: 'siti',
  name: 'Siti Rahmawati',
  nip: '',
  jabatan: 'PPID Utama',
  roles: ['admin', 'ppid', 'petugas', 'atasan', 'humas', 'pimpinan'],
  active: true,
};

export interface FakeBackend extends Transport {
  state: FakeState;
  calls: { channel: string; input: unknown }[];
  callsTo(channel: Channel): unknown[];
  /** Replace one channel's answer (e.g. server-side issues, or an outage). */
  override(channel: Channel, answer: Override | null): void;
  emit(event: string, payload: unknown): void;
}

export function createFakeBackend(initial: Partial<FakeState> = {}): FakeBackend {
  const state: FakeState = {
    profile: null,
    logo: null,
    ui: { language: 'id' },
    cases: emptyCases(),
    tariff: emptyTariff(),
    accounts: { ...emptyOfficers(), me: FAKE_OFFICER },
    passwords: { siti: 'kata-sandi-panjang-1' },
    access: DEFAULT_ACCESS,
    ...initial,
  };
  const overrides = new Map<string, Override>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { channel: string; input: unknown }[] = [];

  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));

  // Only the channels the renderer uses so far; others answer 'unsupported'.
  const handlers: { [C in Channel]?: (input: ParsedInput<C>) => unknown } = {
    'app:info': () => ({ name: 'PPID Desk', version: '0.0.0-test', schemaVersion: 1, dataDir: '/tmp/fake', host: 'test' }),
    'app:now': () => ({ now: state.now ?? new Date().toISOString() }),
    'app:officer': () => state.officer ?? { name: '', account: 'root' },
    'app:setOfficer': (input) => {
      state.officer = { name: input.name, account: state.officer?.account ?? 'root' };
      emit('settings:changed', { key: 'officer' });
      return state.officer;
    },
    'settings:getProfile': () => state.profile,
    'settings:saveProfile': (input) => {
      const { version, ...values } = input;
      // The core's row-version check (electron/core/db/versions.ts).
      if (version !== undefined && version !== (state.profile?.version ?? 0)) throw new FakeRefusal('conflict', 'Sudah diubah oleh Rina Marlina pukul 10.05; muat ulang.');
      state.profile = { ...values, logo: state.logo?.info ?? null, updatedAt: new Date().toISOString(), version: (state.profile?.version ?? 0) + 1 };
      emit('settings:changed', { key: 'profile' });
      return state.profile;
    },
    'settings:setLogo': (input) => {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      const mimeType = bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
      const info: LogoInfo = { sha256: 'a'.repeat(64), mimeType, width: 120, height: 120, bytes: bytes.length };
      state.logo = { mimeType, dataBase64: input.dataBase64, info };
      if (state.profile) state.profile = { ...state.profile, logo: info };
      emit('settings:changed', { key: 'logo' });
      return info;
    },
    'settings:removeLogo': () => {
      state.logo = null;
      if (state.profile) state.profile = { ...state.profile, logo: null };
      emit('settings:changed', { key: 'logo' });
      return null;
    },
    'settings:getLogo': () => (state.logo ? { mimeType: state.logo.mimeType, dataBase64: state.logo.dataBase64 } : null),
    'auth:setup': (input) => {
      if (state.accounts.officers.length > 0) throw new FakeRefusal('forbidden', 'Penyiapan pertama sudah dilakukan.');
      const officer: OfficerAccount = { id: 1, username: input.username, name: input.name, nip: input.nip, jabatan: input.jabatan, roles: ['admin'], active: true };
      state.accounts.officers.push(officer);
      state.passwords[input.username] = input.password;
      state.accounts.me = officer;
      return { officer, token: 'fake-token-not-for-the-page', expiresAt: new Date(Date.now() + 3600_000).toISOString() };
    },
    'auth:login': (input) => {
      const officer = [...state.accounts.officers, FAKE_OFFICER].find((o) => o.username === input.username);
      if (!officer || state.passwords[input.username] !== input.password) throw new FakeRefusal('forbidden', 'Nama pengguna atau kata sandi salah.');
      state.accounts.me = officer;
      return { officer, token: 'fake-token-not-for-the-page', expiresAt: new Date(Date.now() + 3600_000).toISOString() };
    },
    'auth:logout': () => {
      state.accounts.me = null;
      return {};
    },
    'settings:getAccess': () => state.access,
    'settings:setAccess': (input) => {
      state.access = input;
      return input;
    },
    'app:lanInfo': () => ({ certificate: null, serving: null }),
    'settings:getUi': () => state.ui,
    'settings:setUi': (input) => {
      state.ui = input;
      emit('settings:changed', { key: 'ui' });
      return state.ui;
    },
    ...casesHandlers(state.cases, emit, () => state.tariff),
    ...tariffHandlers(state, emit),
    ...calendarHandlers(),
    ...objectionHandlers(state, emit),
    ...numberingHandlers(),
    ...archiveHandlers(state, emit),
    ...inquiryHandlers(state.cases, emit),
    ...letterHandlers(state),
    ...pdpHandlers(state.cases),
    ...backupHandlers(state, emit),
    ...registerHandlers(state.cases),
    ...reportHandlers(state),
    ...officerHandlers(state.accounts, emit),
    // Newsroom: no open crisis on Kotak Masuk, the default holding-statement hours in Pengaturan.
    'clarifications:crises': () => [],
    'clarifications:settings': () => ({ holdingHours: 2 }),
    ...releasePatternHandlers(),
  };

  return {
    state,
    calls,
    callsTo: (channel) => calls.filter((call) => call.channel === channel).map((call) => call.input),
    override: (channel, answer) => (answer ? overrides.set(channel, answer) : overrides.delete(channel)),
    emit,
    async invoke(channel, input) {
      calls.push({ channel, input });
      const override = overrides.get(channel);
      if (override) return override(input);
      if (!isChannel(channel)) return fail('unknown_channel', `Kanal tidak dikenal: ${channel}`);
      // As the core's guard: signed out, only the public channels answer.
      if (!state.accounts.me && permissionOf(channel) !== 'public') return fail('unauthenticated', 'Sesi berakhir. Silakan masuk lagi.');
      const def = contract[channel];
      const parsed = def.input.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
        return fail('invalid_input', 'Isian tidak sah.', issues);
      }
      const handler = handlers[channel] as Handler | undefined;
      if (!handler) return fail('unsupported', `Backend uji belum mengenal ${channel}.`);
      let value: unknown;
      try {
        value = await handler(parsed.data);
      } catch (error) {
        if (error instanceof FakeRefusal) return fail(error.code, error.message);
        throw error;
      }
      // A fake that answers off-contract would hide renderer bugs: fail loudly instead.
      return ok(def.output.parse(value));
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}

/** A profile that passes the shared schema (Diskominfo Kaltim; NIPs are plausible, not real). */
export function validProfileInput() {
  return {
    instansiLines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
    unit: 'PPID Utama Provinsi Kalimantan Timur',
    address: 'Jl. Basuki Rahmat No. 41, Samarinda 75117',
    phone: '(0541) 741042',
    email: 'ppid@kaltimprov.go.id',
    website: 'ppid.kaltimprov.go.id',
    city: 'Samarinda',
    timeZone: 'Asia/Makassar' as const,
    cutoffTime: '16:00',
    ppid: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '197805122005012003', title: 'Kepala Dinas Komunikasi dan Informatika' },
    atasan: { name: 'Drs. Ahmad Fauzi, M.M.', nip: '196903141994031005', title: 'Sekretaris Daerah Provinsi Kalimantan Timur' },
  };
}
