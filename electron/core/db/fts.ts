// Full-text search (FTS5) helpers shared by the inbox, registers, archive, media desk and inquiries.

/** Turns what the officer typed into quoted FTS5 prefix tokens; null when nothing searchable remains. */
export function toMatchExpression(search: string): string | null {
  const tokens = search
    .split(/\s+/)
    .map((token) => token.replace(/"/g, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
}
