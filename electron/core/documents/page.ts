// Paper sizes and margins in millimetres, shared by both renderers so a letter's PDF and DOCX
// have the same page. F4 (215 × 330 mm, "folio") is still the usual paper in many Indonesian offices.
import type { DocumentSpec } from './model';

export const PT_PER_MM = 72 / 25.4;
export const DEFAULT_MARGINS_MM = { top: 25, right: 25, bottom: 20, left: 25 };

// A3 (ISO 216, 297 × 420 mm) is for posters: the maklumat pelayanan pinned up at the service desk.
const SIZES_MM = { A4: { width: 210, height: 297 }, F4: { width: 215, height: 330 }, A3: { width: 297, height: 420 } } as const;

export interface PageGeometryMm {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
}

export function pageGeometryMm(page: DocumentSpec['page']): PageGeometryMm {
  const base = SIZES_MM[page.size];
  const landscape = page.orientation === 'landscape';
  return {
    width: landscape ? base.height : base.width,
    height: landscape ? base.width : base.height,
    margins: { ...DEFAULT_MARGINS_MM, ...page.marginsMm },
  };
}

export const mm = (value: number): number => value * PT_PER_MM;

/**
 * Distance from the top edge to the kop surat (Word's "header from top"): the kop sits high on
 * page 1 as on printed letterhead paper, and the body starts below it or at the top margin,
 * whichever is lower. Both renderers use it, so the PDF and the DOCX start the body alike.
 */
export function headerDistanceMm(geo: PageGeometryMm): number {
  return Math.min(12, geo.margins.top / 2);
}
