// Pengaturan › Penomoran registrasi (Bahasa Indonesia). Validation messages come from the shared
// zod schema (shared/ipc/channels/numbering.ts), not from here.
export const numberingId = {
  title: 'Penomoran registrasi',
  intro:
    'Pola nomor register permohonan dan register keberatan. Perubahan berlaku untuk nomor berikutnya; nomor urut tetap bersambung dan dimulai dari 1 setiap tahun.',
  tokens: 'Penanda yang boleh dipakai: {{tokens}}. Pola wajib memuat {seq} dan {year}.',
  requestPattern: 'Pola nomor permohonan',
  objectionPattern: 'Pola nomor keberatan',
  seqWidth: 'Lebar nomor urut',
  seqWidthHelp: 'Jumlah digit nomor urut, mis. 3 → 001.',
  unitCode: 'Kode unit',
  unitCodeHelp: 'Isi penanda {unit}, mis. DISKOMINFO.',
  preview: 'Pratinjau:',
  previewUnavailable: 'Pratinjau belum dapat dibuat: periksa pola dan lebar nomor urut.',
  previewNote: 'Pratinjau memakai nomor urut 1 dan bulan serta tahun hari ini.',
  save: 'Simpan penomoran',
  saved: 'Penomoran disimpan. Berlaku untuk nomor registrasi berikutnya.',
  failed: 'Penomoran tidak disimpan: {{message}}',
  loadFailed: 'Pengaturan penomoran tidak dapat dimuat: {{message}}',
};
export type NumberingMessages = typeof numberingId;
