// Indonesian national holidays (libur nasional) and cuti bersama, 2024–2026, as shipped with the app.
// Bump `version` on every change: each computed deadline records the version it used.
//
// Sources, year by year (SKB = Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan
// Menteri PANRB; Keppres = Keputusan Presiden):
//
// 2024 — SKB No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023 (signed 12 Sep 2023):
//   17 libur nasional + 10 cuti bersama. Cuti bersama for ASN repeated by Keppres No. 7 Tahun 2024
//   (9 Jan 2024), same 10 dates. Two more libur nasional by separate Keppres: 14 Feb (Pemilu,
//   Keppres No. 10 Tahun 2024) and 27 Nov (Pilkada serentak, Keppres No. 33 Tahun 2024).
//   Names follow the SKB's wording of the time ("Isa Almasih"); Keppres No. 8 Tahun 2024 renamed
//   them "Yesus Kristus" from 2025 on.
// 2025 — SKB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024: 17 libur nasional + 10 cuti
//   bersama; ASN cuti bersama by Keppres No. 2 Tahun 2025 (16 Jan 2025), same 10 dates. Amended by
//   SKB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (7 Aug 2025), which adds cuti
//   bersama Mon 18 Aug 2025 (HUT ke-80 RI): 11 cuti bersama in all.
// 2026 — SKB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025: 17 libur nasional + 8 cuti
//   bersama, as listed in DOMAIN.md.
//
// Unsure / to confirm against the signed decrees (checked against press reports of the decrees,
// not the PDFs themselves):
// - 2024: the brief mentioned "its amendment"; no amendment of SKB 855/2023 was found. The 2024
//   changes found are the two election-day Keppres above, included here as libur nasional.
//   The brief's list "8, 9, 11, 12, 15 Apr" for 2024 cuti bersama is off by one: 11 Apr 2024 is
//   the second day of Idul Fitri (libur nasional); the cuti bersama are 8, 9, 12 and 15 Apr.
// - 2025: no Keppres amending Keppres 2/2025 for ASN on 18 Aug was found; the SKB amendment is
//   cited alone for that date.
// - 2026: no Keppres on ASN cuti bersama 2026 was known when this table was written; the SKB is
//   cited. Islamic dates (Idul Fitri, Idul Adha, 1 Muharam) may still move after the sidang
//   isbat; an amendment then means a new version of this table.
import type { CalendarData } from '../calendarFile';

const SKB_2024 = 'SKB Menag, Menaker, MenPANRB No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023';
const CB_2024 = `${SKB_2024}; Keppres No. 7 Tahun 2024 (cuti bersama ASN)`;
const SKB_2025 = 'SKB Menag, Menaker, MenPANRB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024';
const CB_2025 = `${SKB_2025}; Keppres No. 2 Tahun 2025 (cuti bersama ASN)`;
const SKB_2025_AMENDED =
  'SKB Menag, Menaker, MenPANRB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (perubahan SKB No. 1017 Tahun 2024)';
const SKB_2026 = 'SKB Menag, Menaker, MenPANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025';

export const CALENDAR_ID_2024_2026: CalendarData = {
  version: 'id-2024-2026.1',
  days: [
    // 2024
    { date: '2024-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2024 Masehi', basis: SKB_2024 },
    { date: '2024-02-08', kind: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', basis: SKB_2024 },
    { date: '2024-02-09', kind: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2575 Kongzili', basis: CB_2024 },
    { date: '2024-02-10', kind: 'libur_nasional', name: 'Tahun Baru Imlek 2575 Kongzili', basis: SKB_2024 },
    { date: '2024-02-14', kind: 'libur_nasional', name: 'Hari pemungutan suara Pemilu 2024', basis: 'Keppres No. 10 Tahun 2024' },
    { date: '2024-03-11', kind: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1946', basis: SKB_2024 },
    { date: '2024-03-12', kind: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1946', basis: CB_2024 },
    { date: '2024-03-29', kind: 'libur_nasional', name: 'Wafat Isa Almasih', basis: SKB_2024 },
    { date: '2024-03-31', kind: 'libur_nasional', name: 'Hari Paskah', basis: SKB_2024 },
    { date: '2024-04-08', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1445 H', basis: CB_2024 },
    { date: '2024-04-09', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1445 H', basis: CB_2024 },
    { date: '2024-04-10', kind: 'libur_nasional', name: 'Hari Raya Idul Fitri 1445 H', basis: SKB_2024 },
    { date: '2024-04-11', kind: 'libur_nasional', name: 'Hari Raya Idul Fitri 1445 H', basis: SKB_2024 },
    { date: '2024-04-12', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1445 H', basis: CB_2024 },
    { date: '2024-04-15', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1445 H', basis: CB_2024 },
    { date: '2024-05-01', kind: 'libur_nasional', name: 'Hari Buruh Internasional', basis: SKB_2024 },
    { date: '2024-05-09', kind: 'libur_nasional', name: 'Kenaikan Isa Almasih', basis: SKB_2024 },
    { date: '2024-05-10', kind: 'cuti_bersama', name: 'Cuti bersama Kenaikan Isa Almasih', basis: CB_2024 },
    { date: '2024-05-23', kind: 'libur_nasional', name: 'Hari Raya Waisak 2568 BE', basis: SKB_2024 },
    { date: '2024-05-24', kind: 'cuti_bersama', name: 'Cuti bersama Hari Raya Waisak 2568 BE', basis: CB_2024 },
    { date: '2024-06-01', kind: 'libur_nasional', name: 'Hari Lahir Pancasila', basis: SKB_2024 },
    { date: '2024-06-17', kind: 'libur_nasional', name: 'Hari Raya Idul Adha 1445 H', basis: SKB_2024 },
    { date: '2024-06-18', kind: 'cuti_bersama', name: 'Cuti bersama Idul Adha 1445 H', basis: CB_2024 },
    { date: '2024-07-07', kind: 'libur_nasional', name: 'Tahun Baru Islam 1446 H', basis: SKB_2024 },
    { date: '2024-08-17', kind: 'libur_nasional', name: 'Hari Kemerdekaan Republik Indonesia', basis: SKB_2024 },
    { date: '2024-09-16', kind: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', basis: SKB_2024 },
    {
      date: '2024-11-27',
      kind: 'libur_nasional',
      name: 'Hari pemungutan suara Pilkada serentak 2024',
      basis: 'Keppres No. 33 Tahun 2024',
    },
    { date: '2024-12-25', kind: 'libur_nasional', name: 'Hari Raya Natal', basis: SKB_2024 },
    { date: '2024-12-26', kind: 'cuti_bersama', name: 'Cuti bersama Hari Raya Natal', basis: CB_2024 },

    // 2025
    { date: '2025-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2025 Masehi', basis: SKB_2025 },
    { date: '2025-01-27', kind: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', basis: SKB_2025 },
    { date: '2025-01-28', kind: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', basis: CB_2025 },
    { date: '2025-01-29', kind: 'libur_nasional', name: 'Tahun Baru Imlek 2576 Kongzili', basis: SKB_2025 },
    { date: '2025-03-28', kind: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1947', basis: CB_2025 },
    { date: '2025-03-29', kind: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1947', basis: SKB_2025 },
    { date: '2025-03-31', kind: 'libur_nasional', name: 'Idul Fitri 1446 H', basis: SKB_2025 },
    { date: '2025-04-01', kind: 'libur_nasional', name: 'Idul Fitri 1446 H', basis: SKB_2025 },
    { date: '2025-04-02', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1446 H', basis: CB_2025 },
    { date: '2025-04-03', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1446 H', basis: CB_2025 },
    { date: '2025-04-04', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1446 H', basis: CB_2025 },
    { date: '2025-04-07', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1446 H', basis: CB_2025 },
    { date: '2025-04-18', kind: 'libur_nasional', name: 'Wafat Yesus Kristus', basis: SKB_2025 },
    { date: '2025-04-20', kind: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)', basis: SKB_2025 },
    { date: '2025-05-01', kind: 'libur_nasional', name: 'Hari Buruh Internasional', basis: SKB_2025 },
    { date: '2025-05-12', kind: 'libur_nasional', name: 'Hari Raya Waisak 2569 BE', basis: SKB_2025 },
    { date: '2025-05-13', kind: 'cuti_bersama', name: 'Cuti bersama Hari Raya Waisak 2569 BE', basis: CB_2025 },
    { date: '2025-05-29', kind: 'libur_nasional', name: 'Kenaikan Yesus Kristus', basis: SKB_2025 },
    { date: '2025-05-30', kind: 'cuti_bersama', name: 'Cuti bersama Kenaikan Yesus Kristus', basis: CB_2025 },
    { date: '2025-06-01', kind: 'libur_nasional', name: 'Hari Lahir Pancasila', basis: SKB_2025 },
    { date: '2025-06-06', kind: 'libur_nasional', name: 'Idul Adha 1446 H', basis: SKB_2025 },
    { date: '2025-06-09', kind: 'cuti_bersama', name: 'Cuti bersama Idul Adha 1446 H', basis: CB_2025 },
    { date: '2025-06-27', kind: 'libur_nasional', name: 'Tahun Baru Islam 1447 H', basis: SKB_2025 },
    { date: '2025-08-17', kind: 'libur_nasional', name: 'Proklamasi Kemerdekaan', basis: SKB_2025 },
    { date: '2025-08-18', kind: 'cuti_bersama', name: 'Cuti bersama HUT ke-80 Kemerdekaan RI', basis: SKB_2025_AMENDED },
    { date: '2025-09-05', kind: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', basis: SKB_2025 },
    { date: '2025-12-25', kind: 'libur_nasional', name: 'Kelahiran Yesus Kristus', basis: SKB_2025 },
    { date: '2025-12-26', kind: 'cuti_bersama', name: 'Cuti bersama Kelahiran Yesus Kristus', basis: CB_2025 },

    // 2026
    { date: '2026-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2026 Masehi', basis: SKB_2026 },
    { date: '2026-01-16', kind: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', basis: SKB_2026 },
    { date: '2026-02-16', kind: 'cuti_bersama', name: 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', basis: SKB_2026 },
    { date: '2026-02-17', kind: 'libur_nasional', name: 'Tahun Baru Imlek 2577 Kongzili', basis: SKB_2026 },
    { date: '2026-03-18', kind: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948', basis: SKB_2026 },
    { date: '2026-03-19', kind: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', basis: SKB_2026 },
    { date: '2026-03-20', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1447 H', basis: SKB_2026 },
    { date: '2026-03-21', kind: 'libur_nasional', name: 'Idul Fitri 1447 H', basis: SKB_2026 },
    { date: '2026-03-22', kind: 'libur_nasional', name: 'Idul Fitri 1447 H', basis: SKB_2026 },
    { date: '2026-03-23', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1447 H', basis: SKB_2026 },
    { date: '2026-03-24', kind: 'cuti_bersama', name: 'Cuti bersama Idul Fitri 1447 H', basis: SKB_2026 },
    { date: '2026-04-03', kind: 'libur_nasional', name: 'Wafat Yesus Kristus', basis: SKB_2026 },
    { date: '2026-04-05', kind: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)', basis: SKB_2026 },
    { date: '2026-05-01', kind: 'libur_nasional', name: 'Hari Buruh Internasional', basis: SKB_2026 },
    { date: '2026-05-14', kind: 'libur_nasional', name: 'Kenaikan Yesus Kristus', basis: SKB_2026 },
    { date: '2026-05-15', kind: 'cuti_bersama', name: 'Cuti bersama Kenaikan Yesus Kristus', basis: SKB_2026 },
    { date: '2026-05-27', kind: 'libur_nasional', name: 'Idul Adha 1447 H', basis: SKB_2026 },
    { date: '2026-05-28', kind: 'cuti_bersama', name: 'Cuti bersama Idul Adha 1447 H', basis: SKB_2026 },
    { date: '2026-05-31', kind: 'libur_nasional', name: 'Hari Raya Waisak 2570 BE', basis: SKB_2026 },
    { date: '2026-06-01', kind: 'libur_nasional', name: 'Hari Lahir Pancasila', basis: SKB_2026 },
    { date: '2026-06-16', kind: 'libur_nasional', name: 'Tahun Baru Islam 1448 H', basis: SKB_2026 },
    { date: '2026-08-17', kind: 'libur_nasional', name: 'Proklamasi Kemerdekaan', basis: SKB_2026 },
    { date: '2026-08-25', kind: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', basis: SKB_2026 },
    { date: '2026-12-24', kind: 'cuti_bersama', name: 'Cuti bersama Kelahiran Yesus Kristus', basis: SKB_2026 },
    { date: '2026-12-25', kind: 'libur_nasional', name: 'Kelahiran Yesus Kristus', basis: SKB_2026 },
  ],
};
