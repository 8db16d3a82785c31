// The roles an officer may hold (issue 14). One person in a small office often holds several
// (a PPID who is also Admin); a provincial PPID Utama spreads them over several officers.
// Kept free of Node and DOM: the renderer shows the labels, the core checks the roles.

export const ROLES = ['admin', 'ppid', 'petugas', 'atasan', 'humas', 'pimpinan'] as const;
export type Role = (typeof ROLES)[number];

/** Indonesian labels, as printed in Pengaturan › Petugas and in messages. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  ppid: 'PPID',
  petugas: 'Petugas layanan',
  atasan: 'Atasan PPID',
  humas: 'Humas / juru bicara',
  pimpinan: 'Pimpinan',
};

/** English labels for the renderer's English UI mode. */
export const ROLE_LABELS_EN: Record<Role, string> = {
  admin: 'Admin',
  ppid: 'PPID (information officer)',
  petugas: 'Service desk officer',
  atasan: 'PPID superior (Atasan PPID)',
  humas: 'Public relations / spokesperson',
  pimpinan: 'Head of office (Pimpinan)',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** "Atasan PPID atau PPID": the roles a refused officer would need, for the forbidden message. */
export function rolesPhrase(roles: readonly Role[]): string {
  const labels = roles.map((r) => ROLE_LABELS[r]);
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} atau ${labels[labels.length - 1]}`;
}

/** Passwords: at least this many characters (a passphrase of a few words is easier than symbols). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Usernames: lower-case letters, digits, dot, dash, underscore; what is typed at the login screen. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;
