// What a parsing library said, told to the officer in Indonesian. yauzl, mammoth/xmldom and pdf.js
// speak English ("End of central directory record signature not found", "[xmldom error] entity
// not found", "Invalid PDF structure"); a verdict line says what that means for the file instead.
// A message not known here keeps its technical text, marked as such, so support can still read it.
const KNOWN: readonly [RegExp, string][] = [
  [/end of central directory|not a zip file|file is truncated/i, 'bagian akhir berkas hilang — terpotong saat disalin atau diunduh, atau bukan berkas Office'],
  [/central directory file header|local file header|invalid (relative )?offset|invalid signature|multi-disk/i, 'struktur ZIP di dalamnya rusak'],
  [/entity not found|external entity|doctype|entity/i, 'XML di dalamnya merujuk entitas luar yang tidak dikenal (pola serangan XXE); tidak dibaca demi keamanan'],
  [/could not find .*(main document|document\.xml)|document\.xml/i, 'bagian utama dokumen Word (word/document.xml) tidak ada'],
  [/invalid pdf structure|xref|trailer|startxref/i, 'struktur PDF (tabel rujukan isi) rusak'],
  [/password|encrypt/i, 'berkas dilindungi kata sandi'],
  [/unexpected end|premature|truncated|unexpected eof/i, 'berkas terpotong'],
  [/unclosed|mismatched|invalid (xml|character|token)|not well-formed|unexpected (token|character)/i, 'XML di dalamnya rusak'],
  [/out of memory|allocation failed|heap/i, 'berkas terlalu berat untuk dibaca dengan aman'],
];

/** An Indonesian phrase for a library's error; unknown ones as "rincian teknis: …" (cut to 120 characters). */
export function explainParseError(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  for (const [pattern, phrase] of KNOWN) if (pattern.test(message)) return phrase;
  return `rincian teknis: ${message.slice(0, 120) || 'tidak dikenal'}`;
}
