// A requester's accessibility needs (Perki 1/2021 Ps 24: the service is accessible to persons with
// disabilities: information in braille, audio or large print, and assistance at the desk). Stored
// with the request, shown in the case pane and in the registers, never in statistics.
export const ACCESSIBILITY_NEEDS = ['braille', 'audio', 'cetak_besar', 'pendamping', 'lainnya'] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];

export const ACCESSIBILITY_TEXT: Record<AccessibilityNeed, string> = {
  braille: 'huruf braille',
  audio: 'format audio',
  cetak_besar: 'cetak huruf besar',
  pendamping: 'pendampingan',
  lainnya: 'lainnya',
};

/** 'huruf braille, pendampingan; juru bahasa isyarat' — the other need's text replaces "lainnya". */
export function accessibilityText(needs: readonly AccessibilityNeed[], note: string, accessibleFormat: boolean): string {
  const parts = needs.filter((n) => n !== 'lainnya').map((n) => ACCESSIBILITY_TEXT[n]);
  if (needs.includes('lainnya') || note.trim() !== '') parts.push(note.trim() || ACCESSIBILITY_TEXT.lainnya);
  if (accessibleFormat) parts.push('informasi diserahkan dalam format yang dapat diakses');
  return parts.join(', ');
}
