// DocumentSpec -> DOCX with the `docx` library: one section with the paper size, the kop surat
// in a first-page-only header (titlePage), "Halaman {PAGE} dari {NUMPAGES}" in the footer.
import { ColumnBreak, Document, Footer, Header, Packer, Paragraph, type ISectionOptions, PageOrientation, SectionType, convertMillimetersToTwip } from 'docx';
import type { Block, DocumentSpec, RenderedFile } from '../model';
import { headerDistanceMm, pageGeometryMm } from '../page';
import { blockContent, listsIn, type DocxChild } from './blocks';
import { footerParagraph, letterheadContent } from './headerFooter';
import { documentStyles, externalStyles, numbering } from './styles';

/** Columns of a columns block: one per list, or `count` for blocks that flow from one into the next. */
const columnCount = (block: Extract<Block, { type: 'columns' }>) => (block.columns.length === 1 ? Math.max(1, block.count ?? 1) : block.columns.length);

/** Space between columns, as the PDF's (pdf/blocks.ts). */
const COLUMN_GAP_MM = 8;
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function renderDocx(spec: DocumentSpec): Promise<RenderedFile> {
  const geo = pageGeometryMm(spec.page);
  const textWidth = convertMillimetersToTwip(geo.width - geo.margins.left - geo.margins.right);
  // A columns block is a continuous section of Word columns (editable as such), with a column
  // break where the PDF starts its next column; the blocks around it are one-column sections.
  const runs: Array<{ columns?: Extract<Block, { type: 'columns' }>; children: DocxChild[] }> = [{ children: [] }];
  let lists = 0;
  const contentOf = (block: Block, width: number): DocxChild[] => {
    // Every list, also one inside columns, numbers from 1 with its own instance.
    const n = listsIn(block);
    const content = blockContent(block, width, n ? lists + 1 : 0);
    lists += n;
    return content;
  };
  for (const block of spec.blocks) {
    if (block.type !== 'columns') {
      runs[runs.length - 1]!.children.push(...contentOf(block, textWidth));
      continue;
    }
    const count = columnCount(block);
    const gap = convertMillimetersToTwip(block.gapMm ?? COLUMN_GAP_MM);
    const width = Math.floor((textWidth - gap * (count - 1)) / count);
    const children: DocxChild[] = [];
    block.columns.forEach((column, i) => {
      for (const b of column) children.push(...contentOf(b, width));
      if (i < block.columns.length - 1) children.push(new Paragraph({ spacing: { after: 0 }, children: [new ColumnBreak()] }));
    });
    // Flowing columns that end the document fill one column before the next (Word and LibreOffice
    // balance only before a following section break): LibreOffice, balancing, pushed a signature
    // block that never splits onto a second sheet although the second column had room for it.
    runs.push({ columns: block, children }, { children: [] });
  }
  // The first section always (it carries the kop); a one-column section after columns only when it holds something.
  const used = runs.filter((r, i) => i === 0 || r.columns || r.children.length > 0);
  for (const run of used) {
    // Word needs a paragraph after a final table, or it adds one of its own.
    if (run.children.length === 0 || !(run.children[run.children.length - 1] instanceof Paragraph)) run.children.push(new Paragraph({ children: [] }));
  }

  const landscape = spec.page.orientation === 'landscape';
  const footer = spec.footer ? new Footer({ children: [footerParagraph(spec.footer, textWidth)] }) : undefined;
  const first: ISectionOptions = {
    properties: {
      titlePage: Boolean(spec.letterhead),
      page: {
        // docx swaps width and height itself for landscape: give the portrait size.
        size: {
          width: convertMillimetersToTwip(Math.min(geo.width, geo.height)),
          height: convertMillimetersToTwip(Math.max(geo.width, geo.height)),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: convertMillimetersToTwip(geo.margins.top),
          right: convertMillimetersToTwip(geo.margins.right),
          bottom: convertMillimetersToTwip(geo.margins.bottom),
          left: convertMillimetersToTwip(geo.margins.left),
          header: convertMillimetersToTwip(headerDistanceMm(geo)),
          footer: convertMillimetersToTwip(Math.min(8, geo.margins.bottom / 2)),
        },
      },
    },
    headers: spec.letterhead
      ? { first: new Header({ children: letterheadContent(spec.letterhead, textWidth) }), default: new Header({ children: [new Paragraph({ children: [] })] }) }
      : undefined,
    footers: footer ? { default: footer, first: spec.letterhead ? new Footer({ children: [footerParagraph(spec.footer!, textWidth)] }) : undefined } : undefined,
    children: used[0]!.children,
  };
  const sections: ISectionOptions[] = used.map((run, i) =>
    i === 0
      ? first
      : {
          properties: {
            type: SectionType.CONTINUOUS,
            page: first.properties!.page!,
            ...(run.columns ? { column: { count: columnCount(run.columns), space: convertMillimetersToTwip(run.columns.gapMm ?? COLUMN_GAP_MM), equalWidth: true } } : {}),
          },
          children: run.children,
        },
  );
  const doc = new Document({
    title: spec.meta.title,
    subject: spec.meta.subject,
    creator: spec.meta.author,
    lastModifiedBy: 'PPID Desk',
    keywords: spec.meta.keywords?.join(', '),
    externalStyles: externalStyles(),
    styles: documentStyles(spec.meta.language),
    numbering,
    sections,
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return { bytes, mime: DOCX_MIME };
}
