// A realistic hoax clarification (Samarinda flood rumour) for the newsroom tests.
import type { ClarificationCreateInput } from '../../shared/ipc/channels/clarifications';

export function clarificationInput(over: Partial<ClarificationCreateInput> = {}): ClarificationCreateInput {
  return {
    label: 'HOAKS',
    title: 'Bendungan Benanga jebol dan Samarinda akan tenggelam malam ini',
    claim:
      'Pesan berantai di WhatsApp menyebut Bendungan Benanga jebol pada Rabu pagi dan warga Samarinda Utara diminta segera mengungsi karena banjir setinggi dua meter akan datang malam ini.',
    facts:
      'Balai Wilayah Sungai Kalimantan IV memastikan Bendungan Benanga dalam kondisi aman dan tidak mengalami kerusakan. Tinggi muka air pada Rabu pukul 10.00 WITA tercatat normal. Masyarakat diimbau tidak menyebarkan pesan tersebut dan memantau informasi resmi pemerintah.',
    source: 'Balai Wilayah Sungai Kalimantan IV dan BPBD Kota Samarinda',
    links: ['https://diskominfo.kaltimprov.go.id/berita/klarifikasi-benanga'],
    opd: 'BPBD Kota Samarinda',
    ...over,
  };
}
