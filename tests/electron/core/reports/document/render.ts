// Renders the report of a hand-built year once per test file: a core with the office profile, a
// service context over it, and the three files written to a temp folder for the CLI tools.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderReport } from '../../../../../electron/core/reports/document';
import type { NarrativeSections, ReportFigures } from '../../../../../shared/ipc/channels/reports';
import { call, testCore, validProfile } from '../../../../helpers/core';
import { createCtx } from '../../../../helpers/media';
import { hasTool } from '../../documents/tools';
import { buildFigures, NARRATIVE } from './figures';

export const CREATED_AT = new Date('2027-01-15T02:30:00Z');

export interface Rendered {
  dir: string;
  figures: ReportFigures;
  narrative: NarrativeSections;
  file: string;
  bytes: Uint8Array;
  ms: number;
}

export async function renderToFile(format: 'pdf' | 'docx' | 'xlsx', opts: { figures?: ReportFigures; narrative?: NarrativeSections; profile?: boolean } = {}): Promise<Rendered> {
  const core = testCore();
  if (opts.profile !== false) await call(core, 'settings:saveProfile', validProfile);
  const ctx = createCtx(core);
  const figures = opts.figures ?? buildFigures();
  const narrative = opts.narrative ?? NARRATIVE;
  const started = performance.now();
  const bytes = await renderReport(ctx, format, { figures, narrative, createdAt: CREATED_AT });
  const ms = performance.now() - started;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-report-'));
  const file = path.join(dir, `laporan.${format}`);
  fs.writeFileSync(file, bytes);
  return { dir, figures, narrative, file, bytes, ms };
}

/** Whether a command-line tool is here; when it is not, the test that needs it says so and is skipped. */
export function tool(cmd: string): boolean {
  const present = hasTool(cmd);
  if (!present) console.warn(`${cmd} is not installed: the checks that read the report with it are skipped.`);
  return present;
}
