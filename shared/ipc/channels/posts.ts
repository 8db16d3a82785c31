// Social post drafts per platform (limits in domain/newsroom/platforms.ts, checked here and counted
// live in the editor) and the content calendar of planned publications.
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id, LocalDate, optionalText, requiredText } from '../fields';
import {
  CALENDAR_CHANNELS,
  CALENDAR_STATUSES,
  countPost,
  hashtagProblem,
  INSTAGRAM_MAX_HASHTAGS,
  POST_PLATFORMS,
  POST_STATUSES,
} from '../../domain/newsroom/platforms';

export const PostInput = z
  .object({
    /** Absent: a new draft. */
    id: Id.optional(),
    platform: z.enum(POST_PLATFORMS, { error: `Platform harus salah satu dari: ${POST_PLATFORMS.join(', ')}.` }),
    text: requiredText('Teks unggahan', 70000, 'multiline'),
    hashtags: z
      .array(z.string().trim().transform((t) => t.replace(/^#/, '')))
      .max(60, { error: 'Paling banyak 60 tagar.' })
      .default([]),
    /** What a screen reader says for the picture (Instagram, Facebook and X accept it). */
    altText: optionalText('Teks alternatif gambar', 1000, 'multiline'),
    releaseId: Id.nullable().default(null),
    issueId: Id.nullable().default(null),
    status: z.enum(POST_STATUSES, { error: 'Status harus draf, siap atau terbit.' }).default('draf'),
  })
  .superRefine((v, ctx) => {
    v.hashtags.forEach((tag, i) => {
      const problem = hashtagProblem(tag);
      if (problem) ctx.addIssue({ code: 'custom', path: ['hashtags', i], message: problem });
    });
    if (v.platform === 'instagram' && v.hashtags.length > INSTAGRAM_MAX_HASHTAGS) {
      ctx.addIssue({ code: 'custom', path: ['hashtags'], message: `Instagram menerima paling banyak ${INSTAGRAM_MAX_HASHTAGS} tagar.` });
    }
    const count = countPost(v.platform, v.text, v.hashtags);
    if (count.over) ctx.addIssue({ code: 'custom', path: ['text'], message: count.message });
  });
export type PostInput = z.input<typeof PostInput>;

export const PostView = z.object({
  id: z.number().int(),
  platform: z.enum(POST_PLATFORMS),
  text: z.string(),
  hashtags: z.array(z.string()),
  altText: z.string(),
  releaseId: z.number().int().nullable(),
  issueId: z.number().int().nullable(),
  status: z.enum(POST_STATUSES),
  length: z.number().int(),
  limit: z.number().int(),
  updatedAt: z.string(),
});
export type PostView = z.infer<typeof PostView>;

export const CalendarInput = z.object({
  id: Id.optional(),
  plannedOn: LocalDate('Tanggal rencana terbit'),
  channel: z.enum(CALENDAR_CHANNELS, { error: `Kanal harus salah satu dari: ${CALENDAR_CHANNELS.join(', ')}.` }),
  item: requiredText('Materi', 300),
  status: z.enum(CALENDAR_STATUSES, { error: 'Status harus rencana, siap, terbit atau batal.' }).default('rencana'),
  releaseId: Id.nullable().default(null),
  postId: Id.nullable().default(null),
  note: optionalText('Catatan', 2000, 'multiline'),
});
export type CalendarInput = z.input<typeof CalendarInput>;

export const CalendarEntry = z.object({
  id: z.number().int(),
  plannedOn: z.string(),
  channel: z.enum(CALENDAR_CHANNELS),
  item: z.string(),
  status: z.enum(CALENDAR_STATUSES),
  releaseId: z.number().int().nullable(),
  postId: z.number().int().nullable(),
  note: z.string(),
});
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export const postsChannels = defineChannels({
  'posts:list': {
    summary: 'Draf unggahan media sosial (terbaru dulu).',
    input: z.object({ releaseId: Id.optional() }),
    output: z.array(PostView),
  },
  'posts:save': {
    summary: 'Simpan draf unggahan untuk satu platform (batas karakter X 280, Instagram 2.200, Facebook 63.206, WhatsApp 65.536), tagar dan teks alternatif.',
    input: PostInput,
    output: PostView,
  },
  'contentCalendar:list': {
    summary: 'Kalender konten: rencana terbit dalam rentang tanggal.',
    input: z
      .object({ from: LocalDate('Tanggal awal'), to: LocalDate('Tanggal akhir') })
      .refine((p) => p.from <= p.to, { error: 'Tanggal awal tidak boleh sesudah tanggal akhir.', path: ['to'] }),
    output: z.array(CalendarEntry),
  },
  'contentCalendar:save': {
    summary: 'Tambah atau ubah rencana terbit (tanggal, kanal, materi, status).',
    input: CalendarInput,
    output: CalendarEntry,
  },
});
