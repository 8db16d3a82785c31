// DocumentSpec -> DOCX with the `docx` library: one section with the paper size, the kop surat
// in a first-page-only header (titlePage), "Halaman {PAGE} dari {NUMPAGES}" in the footer.
import { Document, Footer, Header, Packer, Paragraph, type ISectionOptions, PageOrientation, convertMillimetersToTwip } from 'docx';
import type { DocumentSpec, RenderedFile } from '../model';
import { headerDistanceMm, pageGeometryMm } from '../page';
import { blockContent, type DocxChild } from './blocks';
import { footerParagraph, letterheadContent } from './headerFooter';
import { documentStyles, externalStyles, numbering } from './styles';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function renderDocx(spec: DocumentSpec): Promise<RenderedFile> {
  const geo = pageGeometryMm(spec.page);
  const textWidth = convertMillimetersToTwip(geo.width - geo.margins.left - geo.margins.right);
  const children: DocxChild[] = [];
  let lists = 0;
  for (const block of spec.blocks) children.push(...blockContent(block, textWidth, block.type === 'list' ? ++lists : 0));
  // Word needs a paragraph after a final table, or it adds one of its own.
  if (children.length === 0 || !(children[children.length - 1] instanceof Paragraph)) children.push(new Paragraph({ children: [] }));

  const landscape = spec.page.orientation === 'landscape';
  const footer = spec.footer ? new Footer({ children: [footerParagraph(spec.footer, textWidth)] }) : undefined;
  const section: ISectionOptions = {
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
    children,
  };
  const doc = new Document({
    title: spec.meta.title,
    subject: spec.meta.subject,
    creator: spec.meta.author,
    lastModifiedBy: 'PPID Desk',
    keywords: spec.meta.keywords?.join(', '),
    externalStyles: externalStyles(),
    styles: documentStyles(spec.meta.language),
    numbering,
    sections: [section],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return { bytes, mime: DOCX_MIME };
}
