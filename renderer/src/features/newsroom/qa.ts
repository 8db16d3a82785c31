// The Q&A of a paket narasi typed as lines: "T: …" (tanya) starts a pair, "J: …" (jawab) and
// any following lines make its answer. Q:/A: are read too, for officers who type in English.
/** "T: question" / "J: answer" lines into pairs. */
export function parseQa(text: string): Array<{ q: string; a: string }> {
  const pairs: Array<{ q: string; a: string }> = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(T|Q|J|A)\s*[:.]\s*(.*)$/i.exec(line);
    if (m && /^[TQ]$/i.test(m[1]!)) pairs.push({ q: m[2]!, a: '' });
    else if (pairs.length) pairs[pairs.length - 1]!.a = `${pairs[pairs.length - 1]!.a} ${m ? m[2] : line}`.trim();
  }
  return pairs;
}
