// The two renderers of a DocumentSpec. Letters and registers call these and never touch pdf-lib
// or docx directly (see model.ts).
export { renderPdf } from './pdf/render';
export { renderDocx } from './docx/render';
export type { Block, DocumentSpec, Letterhead, RenderedFile, Run } from './model';
