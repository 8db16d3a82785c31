// Text clean-up shared by both renderers: what a letter prints must be what the officer typed,
// minus the characters that break a file (XML-invalid control codes, lone surrogates).

/** NFC, tabs and odd spaces to plain spaces, control characters dropped; newlines kept. */
export function cleanText(input: string): string {
  return (
    input
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed are what we replace
      .replace(/[\t\u000B\u000C\u2028\u2029]/g, ' ')
      // XML 1.0 forbids these; Word refuses a file containing them, and they draw nothing in a PDF.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      // A lone surrogate (half an emoji cut by a truncation) is invalid UTF-16.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      // Zero-width characters and BOMs would be "missing glyphs" in the PDF and invisible in Word.
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
  );
}

/** "1." "2." / "a." "b." … "z." "aa." / "•" for list markers (both renderers number alike). */
export function listMarker(style: 'decimal' | 'alpha' | 'bullet', index: number): string {
  if (style === 'bullet') return '•';
  if (style === 'decimal') return `${index + 1}.`;
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${label}.`;
}

/**
 * The kop's contact line ("Telepon (0541) 741041 · E-mail … · Laman …") with no-break spaces
 * inside each item, so a narrow kop wraps between items, never inside a telephone number.
 */
export function contactsLine(contacts: string): string {
  return contacts
    .split(' · ')
    .map((item) => item.trim().replace(/ +/g, '\u00a0'))
    .join(' · ');
}
