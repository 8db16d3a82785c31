// Post lengths as each platform counts them, and the editor's Indonesian messages.
import { describe, expect, it } from 'vitest';
import { composePost, countPost, hashtagProblem, POST_LIMITS, xLength } from '../../../../shared/domain/newsroom/platforms';

describe('post limits', () => {
  it('are the platforms’ own', () => {
    expect(POST_LIMITS).toEqual({ x: 280, instagram: 2200, facebook: 63206, whatsapp: 65536 });
  });

  it('count X links as 23 and emoji as 2, others by what a reader sees', () => {
    expect(xLength('Cek https://kaltimprov.go.id/berita/sangat-panjang-sekali-123456')).toBe(4 + 23);
    expect(xLength('Banjir 🌧')).toBe(7 + 2);
    expect(countPost('instagram', 'Banjir 🌧', []).length).toBe(8);
    expect(countPost('facebook', 'e\u0301', []).length).toBe(1); // e + combining accent is one character
  });

  it('count the hashtags on their own line and say what is left or how much is too long', () => {
    expect(composePost('Halo  ', ['#Kaltim', 'Samarinda'])).toBe('Halo\n\n#Kaltim #Samarinda');
    const ok = countPost('x', 'a'.repeat(260), ['Kaltim']); // 260 + 2 newlines + 7
    expect(ok).toMatchObject({ length: 269, left: 11, over: false, message: '269 dari 280 karakter X (Twitter); sisa 11.' });
    const over = countPost('x', 'a'.repeat(300), []);
    expect(over).toMatchObject({ over: true, message: 'Terlalu panjang untuk X (Twitter): 300 karakter, batasnya 280 (kelebihan 20).' });
    expect(countPost('instagram', 'a'.repeat(2201), []).message).toBe('Terlalu panjang untuk Instagram: 2.201 karakter, batasnya 2.200 (kelebihan 1).');
  });

  it('accept hashtags of letters, digits and underscores only', () => {
    expect(hashtagProblem('#KaltimBerdaulat')).toBeNull();
    expect(hashtagProblem('Kaltim Berdaulat')).toContain('tanpa spasi');
    expect(hashtagProblem('2026')).toContain('tidak boleh hanya angka');
  });
});
