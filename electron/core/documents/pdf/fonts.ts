// Arimo (Arial metrics, SIL OFL 1.1) for every PDF: the same metrics as the DOCX's Arial/Arimo,
// so both files break lines alike. pdf-lib's own subsetting drops glyphs of Google-Fonts builds
// (the page shows blank boxes while pdftotext still reads the text — STACK.md "Documents"), so
// each font is pre-subset with subset-font (HarfBuzz) to exactly the characters a document uses
// and embedded whole (`subset: false`).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FILES: Record<FontStyle, string> = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
  italic: '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Arimo_700Bold_Italic.ttf',
};

/** What a character the font lacks (CJK, emoji, rare symbols) prints as: never a box, never a crash. */
export const REPLACEMENT_CHAR = '?';

interface LoadedFont {
  bytes: Buffer;
  /** Unicode code points the font has a glyph for. */
  covered: Set<number>;
}

const loaded = new Map<FontStyle, LoadedFont>();
let fontDir: string | undefined;

function arimoDir(): string {
  // Resolved from node_modules at run time (electron-vite keeps dependencies external), so the
  // packaged app reads the same .ttf files the tests do.
  fontDir ??= path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/package.json'));
  return fontDir;
}

function loadFont(style: FontStyle): LoadedFont {
  let font = loaded.get(style);
  if (!font) {
    const bytes = fs.readFileSync(path.join(arimoDir(), FILES[style]));
    font = { bytes, covered: new Set(fontkit.create(bytes).characterSet) };
    loaded.set(style, font);
  }
  return font;
}

export function fontBytes(style: FontStyle): Uint8Array {
  return loadFont(style).bytes;
}

/**
 * The text as it can be printed in `style`. A character the font lacks is replaced by its
 * compatibility form when Arimo has that ("ﬁ" -> "fi", "①" -> "1", full-width "Ａ" -> "A",
 * dropping accents it cannot draw), otherwise by REPLACEMENT_CHAR: never a blank box.
 */
export function printable(text: string, style: FontStyle): string {
  const { covered } = loadFont(style);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (covered.has(cp) || ch === '\n') out += ch;
    else if (cp === 0x202f || cp === 0x2007) out += '\u00a0'; // narrow / figure no-break space
    else {
      const compat = [...ch.normalize('NFKD')].filter((c) => covered.has(c.codePointAt(0)!) || !/\p{M}/u.test(c));
      out += compat.length > 0 && compat.every((c) => covered.has(c.codePointAt(0)!)) ? compat.join('') : REPLACEMENT_CHAR;
    }
  }
  return out;
}

interface Subset {
  bytes: Uint8Array;
  /** The subset's own cmap: HarfBuzz renumbers glyphs, so ids come from the subset, not Arimo. */
  font: ReturnType<typeof fontkit.create>;
  hex: Map<string, string>;
}

// Subsets keyed by style + character set: a register printed twice, or the same letter rendered
// for PDF preview and then saved, reuses the subset (HarfBuzz takes a few ms per font).
const subsetCache = new Map<string, Promise<Subset>>();
const SUBSET_CACHE_MAX = 64;

function subsetFor(style: FontStyle, chars: string): Promise<Subset> {
  const key = `${style}\u0000${chars}`;
  let subset = subsetCache.get(key);
  if (subset) {
    subsetCache.delete(key);
  } else {
    subset = subsetFont(loadFont(style).bytes, chars, { targetFormat: 'truetype' }).then((b) => {
      const bytes = new Uint8Array(b);
      return { bytes, font: fontkit.create(bytes), hex: new Map() };
    });
    subset.catch(() => subsetCache.delete(key));
  }
  subsetCache.set(key, subset);
  if (subsetCache.size > SUBSET_CACHE_MAX) subsetCache.delete(subsetCache.keys().next().value!);
  return subset;
}

const STYLE_NAMES: Record<FontStyle, string> = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' };

/** Six capital letters from a hash of the subset's characters (FNV-1a). */
function subsetTag(chars: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < chars.length; i++) hash = Math.imul(hash ^ chars.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

export interface EmbeddedFont {
  pdf: PDFFont;
  /**
   * The text as Identity-H glyph ids (hex). One cmap lookup per character instead of pdf-lib's
   * drawText, which shapes every string with fontkit (most of a letter's time). No shaping is
   * needed: Latin text with ligatures off maps one character to one glyph, as measured.
   */
  hex: (text: string) => string;
}

export type FontSet = Record<FontStyle, EmbeddedFont>;



/**
 * Embeds the four Arimo styles, each subset to `charsByStyle[style]` (plus a space so an unused
 * style still embeds a valid font). Call after every printed string went through printable().
 */
export async function embedFonts(doc: PDFDocument, charsByStyle: Record<FontStyle, Set<string>>): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const entries = await Promise.all(
    FONT_STYLES.map(async (style) => {
      const chars = [...new Set([' ', ...charsByStyle[style]])].filter((c) => c !== '\n').sort().join('');
      const subset = await subsetFor(style, chars);
      // Ligatures off: "fi" stays two glyphs, so copy-paste and search read what was typed. The
      // name carries a subset tag derived from the characters (PDF 9.6.4) instead of pdf-lib's
      // random suffix, so the same letter always gives the same bytes.
      const customName = `${subsetTag(chars)}+Arimo-${STYLE_NAMES[style]}`;
      const pdf = await doc.embedFont(subset.bytes, { subset: false, customName, features: { liga: false, clig: false } });
      const hex = (text: string) => {
        let out = '';
        for (const ch of text) {
          let code = subset.hex.get(ch);
          if (code === undefined) {
            code = subset.font.glyphForCodePoint(ch.codePointAt(0)!).id.toString(16).padStart(4, '0');
            subset.hex.set(ch, code);
          }
          out += code;
        }
        return out;
      };
      return [style, { pdf, hex }] as const;
    }),
  );
  return Object.fromEntries(entries) as FontSet;
}

export function styleOf(bold: boolean | undefined, italic: boolean | undefined): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
