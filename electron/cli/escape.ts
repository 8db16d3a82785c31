// Names and titles come from files (a folder someone handed over on a flash drive): printed raw, an
// ESC sequence could recolour or rewrite the terminal and a newline could forge a "DIIMPOR" line.
// Control characters, C1 controls and bidi overrides are shown as escapes instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** For whole messages that may span lines or use tab columns on purpose: every other control character is escaped. Values (names, titles) go through escapeForTerminal first. */
export function escapeKeepingNewlines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(escapeForTerminal).join('\t'))
    .join('\n');
}
