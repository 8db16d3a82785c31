/** The left navigation, in the order officers work: the inbox is home. */
export const NAV_ITEMS = [
  { key: 'inbox', path: '/' },
  { key: 'requests', path: '/requests' },
  { key: 'objections', path: '/objections' },
  { key: 'inquiries', path: '/media' },
  { key: 'humas', path: '/humas' },
  { key: 'archive', path: '/archive' },
  { key: 'reports', path: '/reports' },
  { key: 'settings', path: '/settings' },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]['key'];
