// The report's blocks for Word: a chart as a PNG picture with alt text (read by screen readers)
// and its caption, and the daftar isi as lines with a dotted right tab and a PAGEREF field to
// each heading's bookmark (docx writes an estimated number; Word and LibreOffice renumber).
import { AlignmentType, ImageRun, LeaderType, PageReference, Paragraph, TabStopType, TextRun, convertMillimetersToTwip } from 'docx';
import type { Block } from '../model';
import { cleanText } from '../text';
import { PARAGRAPH_AFTER_PT } from '../typography';
import { halfPoints, twipsFromPt } from './styles';

const CAPTION_PT = 9;
const PX_PER_MM = 96 / 25.4;

export function chartContent(block: Extract<Block, { type: 'chart' }>, textWidthTwips: number): Paragraph[] {
  // Never wider than the text column (a picture wider than the column runs into the margin).
  const maxMm = (textWidthTwips / 1440) * 25.4;
  const widthMm = Math.min(block.widthMm, maxMm);
  const heightMm = (widthMm * block.heightMm) / block.widthMm;
  const image = new ImageRun({
    type: 'png',
    data: block.png.bytes,
    transformation: { width: Math.round(widthMm * PX_PER_MM), height: Math.round(heightMm * PX_PER_MM) },
    altText: { name: cleanText(block.caption).slice(0, 120), title: cleanText(block.caption), description: cleanText(block.altText) },
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 60 }, children: [image] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: twipsFromPt(PARAGRAPH_AFTER_PT) },
      children: [new TextRun({ text: cleanText(block.caption), italics: true, size: halfPoints(CAPTION_PT) })],
    }),
  ];
}

export function tocContent(block: Extract<Block, { type: 'toc' }>, textWidthTwips: number): Paragraph[] {
  return block.entries.map(
    (entry, i) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips, leader: LeaderType.DOT }],
        indent: entry.level === 2 ? { left: convertMillimetersToTwip(6) } : undefined,
        spacing: { after: i === block.entries.length - 1 ? twipsFromPt(PARAGRAPH_AFTER_PT * 2) : 60 },
        children: [new TextRun({ text: cleanText(entry.text), bold: entry.level !== 2 }), new TextRun({ text: '\t' }), new PageReference(entry.bookmark)],
      }),
  );
}
