// Data pribadi (UU 27/2022 PDP): the reason asked before a NIK is shown, the requester's data
// export in the request pane, and Pengaturan › Data pribadi (retention and anonymisation).
export const pdpId = {
  reveal: {
    reasonLabel: 'Alasan membuka NIK',
    reasonHint: 'Dicatat di log audit dan riwayat perkara bersama nama Anda.',
    submit: 'Tampilkan',
    cancel: 'Batal',
    erased: 'Identitas pemohon sudah dianonimkan (masa retensi berakhir).',
  },
  export: {
    button: 'Ekspor data pemohon',
    format: 'Format ekspor',
    json: 'JSON (lengkap, untuk diolah)',
    pdf: 'PDF (untuk dicetak)',
    submit: 'Unduh',
    cancel: 'Batal',
    hint: 'Salinan semua data pemohon ini di arsip (permohonan, keberatan, surat, riwayat dan log audit), atas hak akses subjek data (UU 27/2022 Pasal 7). Ekspor dicatat di log audit.',
    done: 'Data pemohon diekspor: {{requests}} permohonan, {{letters}} surat, {{audit}} catatan audit.',
    failed: 'Ekspor gagal: {{message}}',
  },
  settings: {
    title: 'Data pribadi (UU 27/2022)',
    intro:
      'Setelah masa retensi berakhir, identitas pemohon pada perkara yang sudah ditutup (nama, NIK, alamat, telepon, e-mail, kuasa) diganti "[dihapus]". Nomor, tanggal, saluran, keputusan dan alasan tetap ada, sehingga register dan laporan tahunan tidak berubah. Surat yang sudah diterbitkan tetap tersimpan sebagai arsip.',
    years: 'Masa retensi (tahun setelah perkara ditutup)',
    yearsHint: 'Bawaan {{default}} tahun. Sesuaikan dengan jadwal retensi arsip (JRA) kantor (UU 27/2022 Pasal 44 ayat (1) huruf a).',
    save: 'Simpan masa retensi',
    saved: 'Masa retensi tersimpan: {{years}} tahun.',
    failed: 'Gagal: {{message}}',
    preview: 'Pratinjau',
    previewSome: '{{count}} perkara yang ditutup pada atau sebelum {{cutoff}} akan dianonimkan, beserta {{journalists}} wartawan.',
    previewNone: 'Tidak ada perkara yang masa retensinya berakhir (ditutup pada atau sebelum {{cutoff}}).',
    listCaption: 'Perkara yang akan dianonimkan',
    number: 'Nomor permohonan',
    closedOn: 'Ditutup',
    objections: 'Keberatan',
    more: 'dan {{count}} perkara lain.',
    run: 'Anonimkan sekarang',
    confirmTitle: 'Anonimkan {{count}} perkara?',
    confirmText: 'Identitas pada perkara ini diganti "[dihapus]" dan tidak dapat dikembalikan. Buat cadangan dahulu bila ragu.',
    confirm: 'Ya, anonimkan',
    cancel: 'Batal',
    done: 'Selesai: {{count}} perkara dan {{journalists}} wartawan dianonimkan (log audit nomor {{seq}}).',
  },
};

export type PdpMessages = typeof pdpId;
