// File sizes as the screens show them (the logo's limit, a backup's size).
/** "1,5 MB" / "820 KB": a decimal comma in Indonesian. */
export function formatBytes(bytes: number, locale = 'id-ID'): string {
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
