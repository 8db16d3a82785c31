// Places chunks onto pages: a chunk that does not fit starts a new page, a group chained by
// keepWithNext (a heading and its first line, a table header and its first row) moves as one,
// and a table's header row is drawn again at the top of every page its rows run onto.
import type { Chunk, Op } from './ops';

export interface PageArea {
  /** Top of the text area on the first page (below the kop surat) and on the other pages. */
  firstTop: number;
  top: number;
  bottom: number;
}

export function paginate(chunks: Chunk[], area: PageArea): Op[][] {
  const pages: Op[][] = [[]];
  let y = area.firstTop;
  let pageTop = area.firstTop;
  const newPage = () => {
    pages.push([]);
    y = area.top;
    pageTop = area.top;
  };
  const fullHeight = area.bottom - area.top;

  let i = 0;
  while (i < chunks.length) {
    // The group: this chunk and every following one chained to it by keepWithNext.
    let end = i;
    while (end < chunks.length - 1 && chunks[end]!.keepWithNext && !chunks[end + 1]!.pageBreakBefore) end++;
    const group = chunks.slice(i, end + 1);
    const first = group[0]!;
    if (first.pageBreakBefore && (pages[pages.length - 1]!.length > 0 || y > pageTop)) newPage();

    const groupHeight = group.reduce((sum, c) => sum + c.height + c.gapAfter, 0) - group[group.length - 1]!.gapAfter;
    if (y + groupHeight > area.bottom && y > pageTop && groupHeight <= fullHeight) newPage();

    for (const chunk of group) {
      if (y + chunk.height > area.bottom + 0.01 && y > pageTop) newPage();
      // A row at the very top of a page means the table ran on from the previous one.
      if (chunk.repeatHeader && y === pageTop) {
        pages[pages.length - 1]!.push(...chunk.repeatHeader.draw(y));
        y += chunk.repeatHeader.height;
      }
      pages[pages.length - 1]!.push(...chunk.draw(y));
      y += chunk.height + chunk.gapAfter;
    }
    i = end + 1;
  }
  return pages;
}
