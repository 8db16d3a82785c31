// The two renderers of a DocumentSpec. Letters and registers call these and never touch pdf-lib
// or docx directly (see model.ts).
export { renderPdf } from './pdf/render';
export { renderDocx } from './docx/render';
/** Optional: call once at start-up so the first letter is not the slow one (about 1 s). */
export { prepareFonts } from './pdf/render';
/** Layout without drawing: the page each bookmarked heading lands on (a report's daftar isi). */
export { bookmarkPages, layoutDocument } from './pdf/render';
export type { Block, DocumentSpec, Letterhead, RenderedFile, Run } from './model';
