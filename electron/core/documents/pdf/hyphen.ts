// Where an Indonesian word may be broken at the end of a line (PUEBI, "pemenggalan kata"): between
// two vowels that are not a diphthong (ma-af), before a single consonant between vowels (ba-pak),
// between two consonants (man-di), and after the first of three or more (in-stru-men, ul-tra);
// kh, ng, ny and sy count as one consonant and are never split. At least two letters stay on each
// side. Used only when a word alone is wider than its table column, so a narrow register column
// reads "transpa-/ransi" with a hyphen instead of a bare cut mid-syllable.
const VOWEL = /[aeiouAEIOUàáâäèéêëìíîïòóôöùúûü]/;
const DIPHTHONGS = new Set(['ai', 'au', 'ei', 'oi']);
const DIGRAPHS = new Set(['kh', 'ng', 'ny', 'sy']);

interface Unit {
  text: string;
  start: number;
  vowel: boolean;
}

function units(word: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < word.length) {
    const pair = word.slice(i, i + 2).toLowerCase();
    const ch = word[i]!;
    if (!VOWEL.test(ch) && DIGRAPHS.has(pair)) {
      out.push({ text: word.slice(i, i + 2), start: i, vowel: false });
      i += 2;
    } else {
      out.push({ text: ch, start: i, vowel: VOWEL.test(ch) });
      i += 1;
    }
  }
  return out;
}

/** Offsets in `word` where a hyphenated break may go; [] for anything but a plain word of letters. */
export function hyphenBreaks(word: string): number[] {
  if (!/^\p{L}+$/u.test(word) || word.length < 4) return [];
  const u = units(word);
  const breaks: number[] = [];
  for (let i = 0; i < u.length; i++) {
    if (!u[i]!.vowel) continue;
    // The consonants after this vowel, up to the next vowel.
    let j = i + 1;
    while (j < u.length && !u[j]!.vowel) j++;
    if (j >= u.length) break; // no vowel follows: the last syllable
    const consonants = j - i - 1;
    if (consonants === 0) {
      if (!DIPHTHONGS.has(`${u[i]!.text}${u[j]!.text}`.toLowerCase())) breaks.push(u[j]!.start);
    } else if (consonants === 1) breaks.push(u[i + 1]!.start);
    else breaks.push(u[i + 2]!.start); // VC-CV, and after the first of three or more
    i = j - 1;
  }
  return breaks.filter((b) => b >= 2 && word.length - b >= 2);
}
