// Shared form pieces: the date field, the unsaved-changes guard, first-run setup, shortcuts.
export const formsId = {
  unsaved: {
    body: 'Ada isian yang belum disimpan. Tinggalkan dan buang isian itu?',
  },
  date: {
    placeholderDate: 'hh/bb/tttt',
    placeholderDateTime: 'hh/bb/tttt jj:mm',
    helpDate: 'Format hh/bb/tttt, mis. 17/03/2026.',
    helpDateTime: 'Format hh/bb/tttt jj:mm (24 jam), waktu {{zone}}.',
    format: 'Tulis tanggal sebagai hh/bb/tttt, mis. 17/03/2026.',
    formatDateTime: 'Tulis tanggal dan jam sebagai hh/bb/tttt jj:mm (24 jam), mis. 17/03/2026 14:30.',
    noSuchDate: 'Tanggal {{text}} tidak ada di kalender. Periksa hari dan bulannya.',
    time: 'Jam harus jj:mm dalam 24 jam (00:00 sampai 23:59), mis. 14:30.',
  },
};

export type FormsMessages = typeof formsId;
