// Who may call each channel (issue 14). ONE table: the core's dispatch checks it before parsing
// (electron/core/auth/guard.ts), the renderer reads it to hide what an officer cannot do.
// `Record<Channel, …>` makes a channel without an entry a type error; tests/shared/ipc/permissions
// also checks at runtime that the table and the contract name the same channels.
//
// 'public'   : no session needed (signing in, first-run setup, the language of the login screen).
// 'signedIn' : any active officer: reading lists, the inbox, registers, a case's details.
// Role[]     : one of these roles. Admin is NOT a super-user: it manages settings, officers,
//              the calendar and backups; a small office gives one person several roles instead
//              (e.g. the PPID is also Admin), so every decision is made in a named capacity.
import type { Channel, ParsedInput } from './contract';
import type { LetterType } from '../domain/letters/types';
import type { Role } from '../domain/auth/roles';

export type Permission = 'public' | 'signedIn' | readonly Role[];

const ADMIN = ['admin'] as const;
const PPID = ['ppid'] as const;
/** Logging what comes in at the desk (UU KIP Ps 22(1)-(4): register, receipt). */
const DESK = ['petugas'] as const;
/** The media desk; the petugas may also log a journalist's question when Humas is away. */
const MEDIA_DESK = ['humas'] as const;

export const PERMISSIONS: Record<Channel, Permission> = {
  // App and settings: reading is for every officer; changing the office's settings is the Admin's.
  'app:info': 'signedIn',
  'app:now': 'signedIn',
  'app:officer': 'signedIn',
  'app:setOfficer': ADMIN,
  'settings:getProfile': 'signedIn',
  'settings:saveProfile': ADMIN,
  'settings:setLogo': ADMIN,
  'settings:removeLogo': ADMIN,
  'settings:getLogo': 'signedIn',
  // The login screen is shown in the office's language before anyone signs in.
  'settings:getUi': 'public',
  'settings:setUi': 'signedIn',

  // Signing in.
  'auth:login': 'public',
  'auth:logout': 'signedIn',
  // Answers { officer: null } without a session: the shells ask it to decide what to show.
  'auth:me': 'public',
  // Refused by the service once any officer exists (auth/service.ts).
  'auth:setup': 'public',
  'auth:changePassword': 'signedIn',

  // Officers and the audit log: the Admin's.
  'officers:list': ADMIN,
  'officers:add': ADMIN,
  'officers:update': ADMIN,
  'officers:setActive': ADMIN,
  'officers:resetPassword': ADMIN,
  'audit:list': ADMIN,
  'audit:export': ADMIN,

  // Requests: the petugas registers them (UU KIP Ps 22(4)); the PPID decides them (Ps 22(7)).
  'requests:create': DESK,
  'requests:get': 'signedIn',
  // A full NIK is personal data (UU 27/2022): only the PPID (and the Admin, e.g. for a subject's
  // access request) may open it, always with a reason that is audited.
  'requests:revealNik': ['ppid', 'admin'],
  'requests:transition': PPID,
  'requests:reopen': PPID,
  'requests:timeline': 'signedIn',
  'requests:consequenceDraft': 'signedIn',

  // Objections: registered at the desk (Ps 35), decided by the Atasan PPID (Ps 36(2)).
  'objections:create': DESK,
  'objections:decide': ['atasan'],
  'objections:withdraw': DESK,
  'objections:recordReply': DESK,
  // UU KIP Ps 36(2): the Atasan's order is carried out by the PPID, who hands the information over.
  'objections:markReleased': PPID,
  'objections:get': 'signedIn',

  // Disputes at the Komisi Informasi: the PPID represents the body (Ps 37 ff.).
  'disputes:create': PPID,
  'disputes:update': PPID,
  'disputes:get': 'signedIn',

  'inbox:list': 'signedIn',
  'cases:register': 'signedIn',

  // The working-day calendar moves every deadline: the Admin's.
  'calendar:get': 'signedIn',
  'calendar:addDay': ADMIN,
  'calendar:setCutiBersama': ADMIN,
  'calendar:removeDay': ADMIN,
  'calendar:cancelShippedDay': ADMIN,
  'calendar:restoreShippedDay': ADMIN,
  'deadline:explain': 'signedIn',

  'numbering:get': 'signedIn',
  'numbering:set': ADMIN,

  // Archive: importing and linking documents is desk work; classifying them (DIP, Ps 17
  // exemptions, consequence test) and issuing the classification letters is the PPID's.
  'archive:importFile': ['ppid', 'petugas'],
  'archive:importPaths': ['ppid', 'petugas'],
  'archive:cancelImport': ['ppid', 'petugas'],
  'archive:finishImport': ['ppid', 'petugas'],
  'archive:importRuns': 'signedIn',
  'archive:importItems': 'signedIn',
  'archive:search': 'signedIn',
  'archive:get': 'signedIn',
  'archive:update': PPID,
  'archive:exportDip': 'signedIn',
  'archive:reviewsDue': 'signedIn',
  'archive:link': ['ppid', 'petugas'],
  'archive:unlink': ['ppid', 'petugas'],
  'archive:links': 'signedIn',
  'archive:download': 'signedIn',
  'archive:withdraw': PPID,
  'archive:dipDecree': 'signedIn',
  'archive:setDipDecree': PPID,
  'archive:letters': 'signedIn',
  'archive:issueLetter': PPID,
  'archive:letterFile': 'signedIn',

  // The media desk: Humas; approved statements are approved by the Pimpinan (inquiries:move to
  // "dijawab" out of "menunggu persetujuan" — see auth/rules.ts).
  'media:outlets': 'signedIn',
  'media:saveOutlet': MEDIA_DESK,
  'media:journalists': 'signedIn',
  'media:saveJournalist': MEDIA_DESK,
  'media:getHours': 'signedIn',
  'media:setHours': MEDIA_DESK,
  'media:statements': 'signedIn',
  'media:saveStatement': ['humas', 'pimpinan'],
  'media:exportLog': 'signedIn',
  'inquiries:create': ['humas', 'petugas'],
  'inquiries:get': 'signedIn',
  'inquiries:list': 'signedIn',
  'inquiries:move': ['humas', 'pimpinan'],
  'inquiries:setAttachments': MEDIA_DESK,
  'inquiries:addCoverage': MEDIA_DESK,
  'inquiries:addPressRight': MEDIA_DESK,
  'inquiries:requestDraft': 'signedIn',
  // Turning a question into a request registers a request: desk work, or the media desk's.
  'inquiries:convert': ['humas', 'petugas'],
  'inquiries:exportStatement': 'signedIn',
  'inquiries:forRequest': 'signedIn',

  // Letters: the petugas issues receipts, the PPID decisions (per type: auth/rules.ts).
  'letters:available': 'signedIn',
  'letters:issue': ['petugas', 'ppid', 'atasan'],
  'letters:list': 'signedIn',
  'letters:get': 'signedIn',
  'letters:file': 'signedIn',
  'letters:findCase': 'signedIn',
  'letters:patterns': 'signedIn',
  'letters:setPatterns': ADMIN,
  'registers:export': 'signedIn',

  // Personal data (UU 27/2022): retention is an office setting; anonymising and a data
  // subject's full copy are the PPID's (the controller's officer).
  'pdp:retention': 'signedIn',
  'pdp:setRetention': ADMIN,
  'pdp:anonymise': PPID,
  'pdp:export': PPID,

  'backup:list': 'signedIn',
  'backup:status': 'signedIn',
  'backup:create': ADMIN,
  'backup:setFolder': ADMIN,
  'backup:restore': ADMIN,

  // The annual report (Ps 12) is the PPID's; every officer may read its figures.
  'reports:figures': 'signedIn',
  'reports:cases': 'signedIn',
  'reports:getNarrative': 'signedIn',
  'reports:saveNarrative': PPID,
  'reports:export': 'signedIn',

  'tariff:get': 'signedIn',
  'settings:maklumat': 'signedIn',
  'tariff:save': ADMIN,

  // Pengaturan › Akses and Jaringan kantor: every workstation reads the idle lock minutes; the
  // office certificate's fingerprint is for every officer to compare; changing them is the Admin's.
  'app:lanInfo': 'signedIn',
  'settings:getAccess': 'signedIn',
  'settings:setAccess': ADMIN,
  // Newsroom (issue 15): Humas drafts and runs a crisis; the Pimpinan approves (the checklist's
  // persetujuan step and a paket narasi, which other offices will repeat word for word); trusting
  // another office's signing key is a security decision, the Admin's.
  'clarifications:create': MEDIA_DESK,
  'clarifications:update': MEDIA_DESK,
  'clarifications:get': 'signedIn',
  'clarifications:list': 'signedIn',
  'clarifications:openCrisis': MEDIA_DESK,
  'clarifications:holding': MEDIA_DESK,
  'clarifications:step': ['humas', 'pimpinan'],
  'clarifications:export': 'signedIn',
  'clarifications:crises': 'signedIn',
  'clarifications:settings': 'signedIn',
  'clarifications:saveSettings': ADMIN,
  'narasi:create': MEDIA_DESK,
  'narasi:update': MEDIA_DESK,
  'narasi:approve': ['pimpinan'],
  'narasi:get': 'signedIn',
  'narasi:list': 'signedIn',
  'narasi:officeKey': 'signedIn',
  'narasi:exportBundle': MEDIA_DESK,
  'narasi:importBundle': MEDIA_DESK,
  'narasi:trustedKeys': 'signedIn',
  'narasi:trustKey': ADMIN,
  'newsroom:export': 'signedIn',
  'newsroom:search': 'signedIn',
  // Humas (issue 15): the media desk drafts, distributes and monitors; approving a release is the
  // Pimpinan's (releases:transition to 'approved', INPUT_RULES); the number pattern is a setting.
  'releases:list': 'signedIn',
  'releases:get': 'signedIn',
  'releases:byNumber': 'signedIn',
  'releases:create': MEDIA_DESK,
  'releases:update': MEDIA_DESK,
  'releases:transition': ['humas', 'pimpinan'],
  'releases:addLink': MEDIA_DESK,
  'releases:export': 'signedIn',
  'releases:distribute': MEDIA_DESK,
  'releases:getPattern': 'signedIn',
  'releases:setPattern': ADMIN,
  'issues:list': 'signedIn',
  'issues:get': 'signedIn',
  'issues:create': MEDIA_DESK,
  'issues:update': MEDIA_DESK,
  'issues:move': MEDIA_DESK,
  'issues:link': MEDIA_DESK,
  'issues:brief': 'signedIn',
  'posts:list': 'signedIn',
  'posts:save': MEDIA_DESK,
  'contentCalendar:list': 'signedIn',
  'contentCalendar:save': MEDIA_DESK,
};

/** May an officer holding `roles` call a channel with this permission? (Signed-in is assumed.) */
export function rolesAllow(permission: Permission, roles: readonly Role[]): boolean {
  if (permission === 'public' || permission === 'signedIn') return true;
  return permission.some((r) => roles.includes(r));
}

export function permissionOf(channel: Channel): Permission {
  return PERMISSIONS[channel];
}

/**
 * Finer rules for channels whose input decides the capacity in which an officer acts: the roles
 * the parsed input needs, checked after the channel's own permission (auth/guard.ts ruleRefusal).
 */
export const INPUT_RULES: { [C in Channel]?: (input: ParsedInput<C>) => readonly Role[] } = {
  // Receipts are desk work; decisions and notices the PPID's (UU KIP Ps 22(7)); the answer to an
  // objection the Atasan PPID's (Ps 36(2)).
  'letters:issue': (input) => LETTER_ROLES[input.type],
  // Moving an answer to "dijawab" approves it (approved_by): the Pimpinan's. Every other step
  // (assigning, drafting, closing) is the media desk's.
  'inquiries:move': (input) => (input.to === 'dijawab' ? ['pimpinan'] : ['humas']),
  // The checklist's approval is the Pimpinan's; every other step the media desk's.
  'clarifications:step': (input) => (input.step === 'persetujuan' ? ['pimpinan'] : ['humas']),
  // Approving a siaran pers is the Pimpinan's; drafting, review and publication the media desk's.
  'releases:transition': (input) => (input.to === 'approved' ? ['pimpinan'] : ['humas']),
};

export const LETTER_ROLES: Record<LetterType, readonly Role[]> = {
  'tanda-bukti': ['petugas'],
  'keberatan-tanda-bukti': ['petugas'],
  penyerahan: ['petugas'],
  kuitansi: ['petugas'],
  pemberitahuan: ['ppid'],
  perpanjangan: ['ppid'],
  penolakan: ['ppid'],
  'pemberitahuan-kelengkapan': ['ppid'],
  'keberatan-tanggapan': ['atasan'],
};

/** The roles this call's input needs beyond the channel's permission; null when none. */
export function inputRoles(channel: Channel, input: unknown): readonly Role[] | null {
  const rule = INPUT_RULES[channel] as ((input: unknown) => readonly Role[]) | undefined;
  return rule ? rule(input) : null;
}
