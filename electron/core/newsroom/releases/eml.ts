// One e-mail per recipient as an .eml file (RFC 5322 message, MIME multipart/mixed per RFC 2045-
// 2049): the plain text in the body, the PDF attached. Written offline; the officer opens each
// file in the mail client, which sends it. Non-ASCII headers are RFC 2047 encoded-words (UTF-8,
// base64); every line ends in CRLF and stays under 78 characters (RFC 5322 2.1.1).
import { createHash } from 'node:crypto';

export interface Mailbox {
  name: string;
  email: string;
}

export interface EmlInput {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  date: Date;
  /** Unique per message: '<...@domain>' is added around it. */
  messageIdLocal: string;
  text: string;
  attachment: { fileName: string; mimeType: string; bytes: Uint8Array };
}

const CRLF = '\r\n';

/** RFC 2047 encoded-words of at most 75 characters, split on whole UTF-8 characters. */
export function encodeWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) && !/=\?/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // '=?UTF-8?B?' + '?=' is 12 characters; 36 bytes make 48 base64 characters: 60 in all, which
    // leaves room for 'Subject: ' on the first line.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 36) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** "Name" <a@b> with the name quoted or encoded as the characters need. */
export function mailbox(m: Mailbox): string {
  const name = m.name.trim();
  if (!name) return `<${m.email}>`;
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/["\\]/g, '\\$&')}" <${m.email}>`;
  return `${encodeWords(name)} <${m.email}>`;
}

/** Base64 in lines of 76 (RFC 2045 6.8). */
function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** 'Thu, 03 Dec 2026 02:00:00 +0000' (RFC 5322 3.3), in UTC so no zone table is needed. */
export function rfc5322Date(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

const quoteParam = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

export function buildEml(input: EmlInput): string {
  const domain = input.from.email.split('@')[1] || 'ppid-desk.invalid';
  const boundary = `=_ppid_${createHash('sha256').update(input.messageIdLocal).update(input.to.email).digest('hex').slice(0, 24)}`;
  const file = input.attachment.fileName;
  const headers = [
    `From: ${mailbox(input.from)}`,
    `To: ${mailbox(input.to)}`,
    `Reply-To: ${mailbox(input.from)}`,
    `Subject: ${encodeWords(input.subject)}`,
    `Date: ${rfc5322Date(input.date)}`,
    `Message-ID: <${input.messageIdLocal}@${domain}>`,
    'MIME-Version: 1.0',
    // Outlook opens a file with X-Unsent: 1 as a new message ready to send, not as a received one.
    'X-Unsent: 1',
    `Content-Type: multipart/mixed;${CRLF} boundary=${quoteParam(boundary)}`,
  ];
  const parts = [
    [
      `--${boundary}`,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(Buffer.from(input.text.replace(/\r?\n/g, CRLF), 'utf8')),
    ].join(CRLF),
    [
      `--${boundary}`,
      // Parameters folded onto their own line keep long file names under 78 characters.
      `Content-Type: ${input.attachment.mimeType};${CRLF} name=${quoteParam(file)}`,
      `Content-Disposition: attachment;${CRLF} filename=${quoteParam(file)}`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(input.attachment.bytes),
    ].join(CRLF),
  ];
  return [...headers, '', 'Pesan ini dalam format MIME.', ...parts, `--${boundary}--`, ''].join(CRLF);
}
