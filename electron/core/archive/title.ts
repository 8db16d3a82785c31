// The title a document gets at import, before the officer edits it: the file's own title (DOCX core
// property dc:title, PDF Info /Title) when it looks like one, else the first heading of a DOCX,
// else the first meaningful line of the text, else the file name without its extension. A list of
// "renstra_final_v3" and "Microsoft Word - Dokumen1" is what officers complained about; the
// document's own words are nearly always a better start.

/** Titles are one line; a first "line" that is a whole paragraph is cut at a word near this. */
const MAX_TITLE_CHARS = 200;
/** Only the start of a document is searched for a title: a heading on page 40 is not the title. */
const SEARCH_HTML_CHARS = 100_000;
const SEARCH_LINES = 40;
/** Upper-case lines joined into one title ("UNDANG-UNDANG … / NOMOR 14 TAHUN 2008 / TENTANG / …"). */
const MAX_JOINED_LINES = 4;

/** What writers leave in a title field instead of a title: a file name, a URL, a placeholder. */
function isJunkTitle(title: string): boolean {
  if (title.length < 3) return true;
  if (/^(untitled|tanpa judul|judul|title|document\s*\d*|dokumen\s*\d*|microsoft word - .*|about:blank|slide \d+|binder\d*)$/i.test(title)) return true;
  if (/\.(docx?|rtf|pdf|odt|txt|html?|xlsx?|pptx?)$/i.test(title)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(title) || /^www\./i.test(title)) return true;
  // "constitution_pdf2", "laporan_final_v3": a file name's stem, not a title.
  if (!/\s/.test(title) && /[_]/.test(title)) return true;
  return false;
}

/** Template placeholders ({{NAMA}}, ${nomor}, [onshow.x], {kelurahan}) are not a document's words. */
const PLACEHOLDER = /\{\{|\$\{|\[onshow|\{[A-Za-z_][A-Za-z0-9_.]*\}/;

/**
 * The lines of an Indonesian letterhead (kop surat) that open most official letters: the
 * government level, the office, its address and contacts. They name the sender, not the document.
 */
const LETTERHEAD =
  /^(pemerintah|kementerian|kementrian|kecamatan|kelurahan|desa|dinas|badan|sekretariat|kantor|universitas|fakultas|jalan|jl\.?|telp\.?|telepon|telpon|tlp\.?|fax|faks|faksimile|e-?mail|surel|laman|website|kode pos)\b/i;

function letters(line: string): number {
  return (line.match(/\p{L}/gu) ?? []).length;
}

/** A line that could be a title: words (not "0-12", "F-1.03" or "A"), no placeholder, no web address. */
function isMeaningful(line: string): boolean {
  return letters(line) >= 4 && !PLACEHOLDER.test(line) && !/(https?:\/\/|www\.)/i.test(line);
}

/** An upper-case line of a cased script (Latin, Cyrillic…); CJK and Arabic have no case and never join. */
const isUpper = (line: string) => /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('id') && !line.includes(':');

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cut at a word boundary with an ellipsis when longer than a title should be. */
function shorten(text: string): string {
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&(lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' })[e] ?? ' ')
    .replace(/&amp;/g, '&');
}

/** The text of the first DOCX heading (h1-h6 in the sanitised preview) that has words. */
export function firstHeading(html: string | null | undefined): string | undefined {
  if (!html) return undefined;
  const re = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi;
  const head = html.slice(0, SEARCH_HTML_CHARS);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const text = oneLine(decodeEntities(m[1]!.replace(/<[^>]*>/g, ' ')));
    if (isMeaningful(text)) return shorten(text);
  }
  return undefined;
}

/**
 * The first meaningful line of the text, after the letterhead; consecutive upper-case lines are
 * joined, as statutes and letters set their title over several lines.
 */
export function firstLine(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const lines = text.slice(0, 20_000).split('\n', SEARCH_LINES).map(oneLine).filter(Boolean);
  let i = 0;
  // Skip the letterhead only at the very top: a "Dinas ..." line further down may be the title.
  while (i < lines.length && (LETTERHEAD.test(lines[i]!) || !isMeaningful(lines[i]!))) i += 1;
  if (i >= lines.length) return undefined;
  const parts = [lines[i]!];
  if (isUpper(lines[i]!)) {
    for (let j = i + 1; j < lines.length && parts.length < MAX_JOINED_LINES; j += 1) {
      const next = lines[j]!;
      if (!isUpper(next) || PLACEHOLDER.test(next)) break;
      parts.push(next);
    }
  }
  return shorten(parts.join(' '));
}

export function fileStem(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? name).replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return (base || name).slice(0, 500);
}

/** The title for a newly imported document (see the file comment for the order). */
export function titleFor(name: string, found: { metaTitle?: string | undefined; html?: string | null; text?: string }): string {
  const meta = oneLine(found.metaTitle ?? '');
  if (!isJunkTitle(meta)) return shorten(meta);
  return firstHeading(found.html) ?? firstLine(found.text) ?? fileStem(name);
}
