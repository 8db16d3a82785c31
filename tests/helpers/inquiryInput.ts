// Inquiries as the media desk would log them (no vitest import: child processes use it too).
import type { Input } from '../../shared/ipc/contract';

type CreateInput = Input<'inquiries:create'>;

export function inquiryInput(overrides: Partial<CreateInput> = {}): CreateInput {
  return {
    receivedAt: '2026-11-23T09:00:00+08:00',
    channel: 'whatsapp',
    journalist: { name: 'Rina Kartika', outlet: 'Kaltim Post', outletType: 'cetak', phone: '0811-5400-123' },
    topic: 'Banjir Samarinda',
    question: 'Berapa anggaran penanganan banjir di Samarinda tahun 2026?',
    priority: 'mendesak',
    ...overrides,
  };
}
