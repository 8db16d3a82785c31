// Zips for hostile fixtures: entries may lie about their sizes, and the result may be cut short.
// Real zips (DOCX) come from the `docx` package; this one builds what no writer would, with the
// core's writer (electron/core/documents/zip.ts).
import { writeZip } from '../../electron/core/documents/zip';

export interface ZipEntryInput {
  name: string;
  data: Uint8Array | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Written into both headers instead of the real inflated size. */
  declaredSize?: number;
}

export function makeZip(entries: ZipEntryInput[]): Buffer {
  return writeZip(entries.map((e) => ({ name: e.name, data: e.data, method: e.store ? 'store' : 'deflate', declaredSize: e.declaredSize })));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal hand-made DOCX around the given word/document.xml, plus any extra parts. */
export function minimalDocx(documentXml: string, extra: ZipEntryInput[] = []): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml },
    ...extra,
  ]);
}

export function wordXml(bodyInner: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyInner}</w:body></w:document>`;
}

export const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
