// How registration numbers are written: a pattern per register and the width of the sequence.
import { z } from '../zod';
import { defineChannels } from '../define';
import {
  DEFAULT_OBJECTION_PATTERN,
  DEFAULT_REQUEST_PATTERN,
  DEFAULT_SEQ_WIDTH,
  MAX_SEQ_WIDTH,
  patternProblem,
} from '../../domain/requests/numbering';
import { cleanText, textProblem } from '../text';

const Pattern = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .superRefine((value, ctx) => {
      const unclean = textProblem(value, label, 'line', false);
      const problem = unclean ? null : patternProblem(value);
      if (unclean) ctx.addIssue({ code: 'custom', message: unclean });
      if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}` });
    });

// Every field is required on input: a change to the numbering is always a deliberate, whole setting.
export const NumberingSettings = z
  .object({
    requestPattern: Pattern('Pola nomor permohonan'),
    objectionPattern: Pattern('Pola nomor keberatan'),
    seqWidth: z
      .number({ error: 'Lebar nomor urut harus angka.' })
      .int({ error: 'Lebar nomor urut harus bilangan bulat.' })
      .min(1, { error: 'Lebar nomor urut sedikitnya 1.' })
      .max(MAX_SEQ_WIDTH, { error: `Lebar nomor urut paling banyak ${MAX_SEQ_WIDTH}.` }),
    /** What {unit} writes, e.g. 'DISKOMINFO'. */
    unitCode: cleanText('Kode unit', 40, 'line', false)
      .regex(/^[^{}]*$/, { error: 'Kode unit tidak boleh memuat kurung kurawal.' }),
  })
  .superRefine((v, ctx) => {
    for (const key of ['requestPattern', 'objectionPattern'] as const) {
      if (v[key].includes('{unit}') && v.unitCode === '') {
        ctx.addIssue({ code: 'custom', path: ['unitCode'], message: 'Kode unit wajib diisi karena pola nomor memuat {unit}.' });
        return;
      }
    }
  });
export type NumberingSettings = z.output<typeof NumberingSettings>;

export const DEFAULT_NUMBERING: NumberingSettings = {
  requestPattern: DEFAULT_REQUEST_PATTERN,
  objectionPattern: DEFAULT_OBJECTION_PATTERN,
  seqWidth: DEFAULT_SEQ_WIDTH,
  unitCode: 'PPID',
};

const NumberingView = z.object({
  requestPattern: z.string(),
  objectionPattern: z.string(),
  seqWidth: z.number().int(),
  unitCode: z.string(),
});

export const numberingChannels = defineChannels({
  'numbering:get': {
    summary: 'Pola nomor registrasi permohonan dan keberatan.',
    input: z.object({}).strict(),
    output: NumberingView,
  },
  'numbering:set': {
    summary: 'Ubah pola nomor registrasi (berlaku untuk nomor berikutnya; nomor urut tetap bersambung per tahun).',
    input: NumberingSettings,
    output: NumberingView,
  },
});
