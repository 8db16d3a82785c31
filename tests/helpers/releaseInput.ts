// A complete press release input (releases:create), with overrides.
import type { ReleaseCreateInput } from '../../shared/ipc/channels/releases';

export function releaseInput(over: Partial<ReleaseCreateInput> = {}): ReleaseCreateInput {
  return {
    title: 'Pemprov Kaltim Percepat Perbaikan Jalan Samarinda–Bontang',
    releaseOn: '2026-12-03',
    lead: 'Pemerintah Provinsi Kalimantan Timur memulai perbaikan 12 kilometer jalan poros Samarinda–Bontang pada Kamis (3/12).',
    body: ['Pekerjaan dibagi dalam tiga segmen dan ditargetkan selesai sebelum Lebaran.', 'Pengendara diminta mengikuti rambu pengalihan arus.'],
    quotes: [{ text: 'Kami pastikan jalur tetap bisa dilalui selama pekerjaan berlangsung.', speaker: 'Ir. Andi Saputra', jabatan: 'Kepala Dinas PUPR Provinsi Kalimantan Timur' }],
    contact: { name: 'Rahmat Hidayat', phone: '0812-5555-0101', email: 'humas@kaltimprov.go.id' },
    ...over,
  };
}
