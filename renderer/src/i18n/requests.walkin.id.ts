// The walk-in fast path: save the request, issue its receipt (tanda bukti) and preview it to print.
export const walkinId = {
  saveAndPrint: 'Simpan & cetak tanda bukti',
  hint: 'Pintasan: Ctrl+S simpan · Ctrl+Shift+S simpan & cetak tanda bukti',
  issuing: 'Menerbitkan tanda bukti…',
  receiptFailed: 'Permohonan tersimpan, tetapi tanda bukti belum dapat diterbitkan: {{message}}',
  fixProfile: 'Lengkapi profil kantor di Pengaturan',
  issueReceipt: 'Terbitkan & cetak tanda bukti',
  print: 'Cetak',
};
