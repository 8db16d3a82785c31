// Social platforms the Humas drafts posts for, with the length of one post. The limits are the
// platforms' own; counted in characters as the user sees them (grapheme clusters), except X,
// which counts weighted code points (see xLength).

export const POST_PLATFORMS = ['x', 'instagram', 'facebook', 'whatsapp'] as const;
export type PostPlatform = (typeof POST_PLATFORMS)[number];

export const PLATFORM_LABEL: Record<PostPlatform, string> = { x: 'X (Twitter)', instagram: 'Instagram', facebook: 'Facebook', whatsapp: 'WhatsApp' };

export const POST_LIMITS: Record<PostPlatform, number> = {
  // X: 280 weighted characters per post (developer.x.com/en/docs/counting-characters).
  x: 280,
  // Instagram: captions up to 2,200 characters (help.instagram.com, "caption length"; Graph API
  // docs for IG media: "Maximum 2200 characters, 30 hashtags, and 20 @ tags").
  instagram: 2200,
  // Facebook: a post's text up to 63,206 characters (Facebook's status update limit since 2011).
  facebook: 63206,
  // WhatsApp: a text message up to 65,536 characters (WhatsApp Business Platform, text message body).
  whatsapp: 65536,
};

/** Instagram refuses a caption with more than 30 hashtags (Graph API docs, see above). */
export const INSTAGRAM_MAX_HASHTAGS = 30;

/** Characters as a reader counts them: "é" or a flag emoji is one. */
export function graphemeLength(text: string): number {
  const Segmenter = (Intl as unknown as { Segmenter?: new (l: string, o: { granularity: 'grapheme' }) => { segment(t: string): Iterable<unknown> } }).Segmenter;
  if (!Segmenter) return [...text].length;
  let n = 0;
  for (const _ of new Segmenter('id', { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}

const URL_RE = /https?:\/\/\S+/g;
/** X counts every link as 23 (t.co) and CJK/emoji code points as 2 (twitter-text weighting). */
export function xLength(text: string): number {
  let n = 0;
  const withoutUrls = text.replace(URL_RE, () => {
    n += 23;
    return '';
  });
  for (const ch of withoutUrls) {
    const cp = ch.codePointAt(0)!;
    // twitter-text v3: ranges 0-4351, 8192-8205, 8208-8223, 8242-8247 weigh 1; everything else 2.
    const light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
    n += light ? 1 : 2;
  }
  return n;
}

/** The text as posted: the body, then the hashtags on their own line. */
export function composePost(text: string, hashtags: readonly string[]): string {
  const tags = hashtags.map((t) => `#${t.replace(/^#/, '')}`).join(' ');
  return tags ? `${text.trimEnd()}\n\n${tags}` : text.trimEnd();
}

export function postLength(platform: PostPlatform, composed: string): number {
  return platform === 'x' ? xLength(composed) : graphemeLength(composed);
}

export interface PostCount {
  length: number;
  limit: number;
  left: number;
  over: boolean;
  /** What the editor shows under the field, in Indonesian. */
  message: string;
}

export function countPost(platform: PostPlatform, text: string, hashtags: readonly string[]): PostCount {
  const length = postLength(platform, composePost(text, hashtags));
  const limit = POST_LIMITS[platform];
  const left = limit - length;
  const fmt = (n: number) => n.toLocaleString('id-ID');
  const message =
    left >= 0
      ? `${fmt(length)} dari ${fmt(limit)} karakter ${PLATFORM_LABEL[platform]}; sisa ${fmt(left)}.`
      : `Terlalu panjang untuk ${PLATFORM_LABEL[platform]}: ${fmt(length)} karakter, batasnya ${fmt(limit)} (kelebihan ${fmt(-left)}).`;
  return { length, limit, left, over: left < 0, message };
}

/** Null when the hashtag is usable: letters, digits and underscores, no spaces. */
export function hashtagProblem(tag: string): string | null {
  const bare = tag.replace(/^#/, '');
  if (bare === '') return 'Tagar kosong.';
  if (!/^[\p{L}\p{N}_]+$/u.test(bare)) return `Tagar "#${bare}" hanya boleh memuat huruf, angka dan garis bawah (tanpa spasi).`;
  if (/^\p{N}+$/u.test(bare)) return `Tagar "#${bare}" tidak boleh hanya angka.`;
  return null;
}

export const POST_STATUSES = ['draf', 'siap', 'terbit'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const CALENDAR_CHANNELS = ['x', 'instagram', 'facebook', 'whatsapp', 'situs', 'media'] as const;
export type CalendarChannel = (typeof CALENDAR_CHANNELS)[number];
export const CALENDAR_CHANNEL_LABEL: Record<CalendarChannel, string> = { ...PLATFORM_LABEL, situs: 'Situs web', media: 'Media (siaran pers)' };
export const CALENDAR_STATUSES = ['rencana', 'siap', 'terbit', 'batal'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];
