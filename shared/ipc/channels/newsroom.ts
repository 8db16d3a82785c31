// The newsroom's common ground: any numbered document exported by its number (the CLI's
// `ppid-desk export NOMOR`), and one full-text search over its kinds. Both are registries in the
// core (electron/core/newsroom): a new kind (siaran pers) adds one entry there and its name here.
import { z } from '../zod';
import { defineChannels } from '../define';
import { optionalText, requiredText } from '../fields';

export const EXPORT_FORMATS = ['pdf', 'docx', 'png'] as const;
export const SEARCH_KINDS = ['clarification', 'narasi', 'release'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SearchHit = z.object({ kind: z.enum(SEARCH_KINDS), id: z.number().int(), number: z.string(), title: z.string(), snippet: z.string() });
export type SearchHit = z.infer<typeof SearchHit>;

export const newsroomChannels = defineChannels({
  'newsroom:export': {
    summary: 'Berkas dokumen humas menurut nomornya (klarifikasi: pdf, docx atau png).',
    input: z.object({ number: requiredText('Nomor', 100), format: z.enum(EXPORT_FORMATS, { error: 'Format harus pdf, docx atau png.' }) }),
    output: z.object({ kind: z.string(), number: z.string(), fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  'newsroom:search': {
    summary: 'Pencarian teks lengkap atas klarifikasi dan paket narasi (pustaka pernyataan).',
    input: z.object({ query: optionalText('Kata pencarian', 200), limit: z.number().int().min(1).max(100).default(30) }),
    output: z.array(SearchHit),
  },
});
