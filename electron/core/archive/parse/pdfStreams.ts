// Where a PDF's streams are and which filters may decode them, read as loosely as pdf.js reads a
// damaged file: a missing "endstream", a wrong /Length, a dictionary with nested dictionaries, name
// escapes (/FlateDecod#65), an indirect /Filter. When the dictionary is ambiguous every chain it
// could mean is returned; a stream whose data starts with a zlib header is also measured as Flate
// whatever its dictionary says, because that is all pdf.js's Flate decoder checks.
// Image XObjects are left out: text extraction never decodes them (a page drawing a 1 GB Flate
// image costs pdf.js 18 MB), and a scanned report's pages can add up to hundreds of MB. A stream
// that calls itself an image but is used as page content is decoded by pdf.js: the RSS cap stops it.
import { filterName, type FilterName } from './pdfFilters';

export interface PdfStream {
  /** Offset of the first data byte. */
  start: number;
  /** Where the data ends at the latest: the next "endstream", or the end of the file. */
  end: number;
  /** Candidate filter chains, in the order pdf.js applies them; empty when nothing expands it. */
  chains: FilterName[][];
  /** /Predictor > 1: the bytes after the first decompressor are not what the next filter sees. */
  predictor: boolean;
  earlyChange: 0 | 1;
  /** /Subtype/Image: not measured (see above). */
  image: boolean;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** How far before "stream" its dictionary is looked for; real stream dictionaries are far shorter. */
const DICT_LOOKBACK = 4096;

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number | undefined) => c !== undefined && '()<>[]{}/%'.includes(String.fromCharCode(c));

/** The two bytes pdf.js's FlateStream accepts as a zlib header. */
export function hasZlibHeader(buf: Buffer, at: number): boolean {
  const cmf = buf[at];
  const flg = buf[at + 1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

function filterList(value: string): FilterName[] {
  return [...value.matchAll(/\/([^\s/[\]<>(){}%]+)/g)].map((m) => filterName(m[1]!));
}

/** What follows "N G obj" (the start of an indirect object's value), for an indirect /Filter. */
function indirectValue(file: () => string, num: string, gen: string): string {
  const m = new RegExp(`(?<![0-9])${num}\\s+${gen}\\s+obj([\\s\\S]{0,512})`).exec(file());
  return m ? m[1]! : '';
}

/** Candidate chains, predictor and EarlyChange from the text of a stream dictionary. */
export function readDictionary(raw: string, file: () => string = () => ''): Pick<PdfStream, 'chains' | 'predictor' | 'earlyChange' | 'image'> {
  const text = raw
    .replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    // Literal strings can hold anything, including a decoy "/Filter"; drop them (one level of nesting).
    .replace(/\((?:\\[\s\S]|[^\\()])*\)/g, ' ')
    .replace(/\((?:\\[\s\S]|[^\\()])*\)/g, ' ');
  const chains: FilterName[][] = [];
  for (const m of text.matchAll(/\/Filter(?![^\s/[\]<>(){}%])\s*(\[[^\]]*\]|\/[^\s/[\]<>(){}%]+|(\d+)\s+(\d+)\s+R)/g)) {
    const value = m[2] !== undefined ? indirectValue(file, m[2], m[3]!) : m[1]!;
    const list = value.trimStart().startsWith('[') ? filterList(value.slice(0, value.indexOf(']') + 1 || undefined)) : filterList(value).slice(0, 1);
    if (list.length > 0) chains.push(list);
  }
  const predictor = [...text.matchAll(/\/Predictor\s+(\d+)/g)].some((m) => Number(m[1]) > 1);
  const earlyChange = /\/EarlyChange\s+0(?![0-9])/.test(text) ? 0 : 1;
  const image = /\/Subtype\s*\/Image(?![^\s/[\]<>(){}%])/.test(text);
  return { chains, predictor, earlyChange, image };
}

/** Every stream of the file, in order; overlapping or nested hits are all returned (a missing endstream must not hide the next stream). */
export function* pdfStreams(buf: Buffer): Generator<PdfStream> {
  let whole: string | undefined;
  const file = () => (whole ??= buf.toString('latin1'));
  let nextEnd = -2; // cached position of the next "endstream" (-1: none left)
  let from = 0;
  for (;;) {
    const at = buf.indexOf(STREAM, from);
    if (at < 0) return;
    from = at + STREAM.length;
    const before = buf[at - 1];
    const after = buf[at + STREAM.length];
    // A keyword, not part of "endstream" or of a word such as "upstream".
    if (at > 0 && !isSpace(before) && before !== 0x3e /* '>' */) continue;
    if (after !== undefined && !isSpace(after) && !isDelimiter(after)) continue;
    // pdf.js skips to the next line after the keyword.
    let start = from;
    for (let i = from; i < Math.min(buf.length, from + 64); i++) {
      if (buf[i] === 0x0d) {
        start = buf[i + 1] === 0x0a ? i + 2 : i + 1;
        break;
      }
      if (buf[i] === 0x0a) {
        start = i + 1;
        break;
      }
    }
    if (nextEnd !== -1 && nextEnd < start) nextEnd = buf.indexOf(ENDSTREAM, start);
    const end = nextEnd < 0 ? buf.length : nextEnd;

    const windowStart = Math.max(0, at - DICT_LOOKBACK);
    const objAt = buf.subarray(windowStart, at).lastIndexOf(OBJ);
    const dict = readDictionary(buf.toString('latin1', objAt < 0 ? windowStart : windowStart + objAt + OBJ.length, at), file);
    const chains = dict.image ? [] : dict.chains.filter((chain) => chain[0] !== 'other');
    if (!dict.image && hasZlibHeader(buf, start) && !chains.some((c) => c.length === 1 && c[0] === 'Fl')) chains.push(['Fl']);
    yield { start, end, chains, predictor: dict.predictor, earlyChange: dict.earlyChange, image: dict.image };
  }
}
