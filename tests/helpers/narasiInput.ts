// A complete paket narasi (narasi:create), with overrides.
import type { Input } from '../../shared/ipc/contract';

export function narasiInput(over: Partial<Input<'narasi:create'>> = {}): Input<'narasi:create'> {
  return {
    title: 'Banjir Samarinda Desember',
    topic: 'bencana',
    keyMessages: ['Bendungan Benanga aman dan dipantau setiap jam.'],
    qa: [{ q: 'Apakah warga perlu mengungsi?', a: 'Tidak. BPBD akan mengumumkan bila ada perubahan.' }],
    expiresOn: '2026-12-31',
    ...over,
  };
}
