// An archive with closed, recent and open cases in 2024-2025, built through the channels as an
// officer would, for the PDP tests. Names are rare on purpose, so that a search of the database
// file's bytes finds them only where the person's data is.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { requestInput } from '../../../helpers/requestInput';

/** Withdrawn on 5 March 2024. */
export const ZULAIKHA = {
  name: 'Zulaikha Wiryaningsih',
  idNumber: '6472015203880007',
  address: 'Jl. Cendrawasih Gang Kenari No. 77, Samarinda',
  phone: '0813-4747-9090',
  email: 'zulaikha.w@contoh.id',
  occupation: 'Peneliti',
};
/** Refused, objection (through a proxy), dispute decided on 20 June 2024; letters issued. */
export const BONIFASIUS = {
  name: 'Bonifasius Tarigan',
  idNumber: '6471020505850002',
  address: 'Jl. Mulawarman Blok Q No. 5, Balikpapan',
  phone: '0852-1212-3434',
  email: 'boni.tarigan@contoh.id',
  occupation: 'Wiraswasta',
  proxyName: 'Hendrikus Lumbantobing',
};
/** Still in process: untouched. */
export const YOHANES = { name: 'Yohanes Pakpahan', idNumber: '6472010101800003', address: 'Jl. Juanda Gang Pelita No. 9, Samarinda', phone: '0811-2222-3333', email: '' };
/** Withdrawn on 6 May 2025: within retention in March 2026. */
export const WILHELMINA = { name: 'Wilhelmina Sinaga', idNumber: '6472015505900004', address: 'Jl. Pramuka Gang Anggrek No. 3, Samarinda', phone: '0812-9999-8888', email: '' };
/** A journalist whose only inquiry was finished in March 2024, and one with an open inquiry. */
export const RINA = { name: 'Rosalinda Kartikasari', outlet: 'Kaltim Post', outletType: 'cetak' as const, phone: '0811-5400-1239' };
export const GREGORIUS = { name: 'Gregorius Situmorang', outlet: 'Tribun Kaltim', outletType: 'online' as const, phone: '0812-7000-4455' };

export const ERASED_STRINGS = [
  ZULAIKHA.name, 'Wiryaningsih', ZULAIKHA.idNumber, 'Cendrawasih Gang Kenari', ZULAIKHA.phone, ZULAIKHA.email,
  BONIFASIUS.name, 'Bonifasius', BONIFASIUS.idNumber, 'Mulawarman Blok Q', BONIFASIUS.phone, BONIFASIUS.email, BONIFASIUS.proxyName, 'Lumbantobing',
  RINA.name, 'Kartikasari', RINA.phone, '081154001239',
];
export const KEPT_STRINGS = [YOHANES.name, YOHANES.idNumber, WILHELMINA.name, WILHELMINA.idNumber, GREGORIUS.name];

export interface Scenario {
  core: Core;
  clock: ReturnType<typeof fixedClock>;
  ids: { zulaikha: number; bonifasius: number; yohanes: number; wilhelmina: number; objection: number; dispute: number };
}

const REFUSAL = {
  to: 'answered' as const,
  decision: 'ditolak' as const,
  heldStatus: 'dikuasai' as const,
  refusalPs17: ['h' as const],
  consequenceTest: 'Membuka data kesehatan pribadi pegawai merugikan hak atas rahasia pribadi lebih besar daripada manfaatnya.',
};

export async function buildScenario(dataDir?: string): Promise<Scenario> {
  const clock = fixedClock('2024-03-04T02:00:00Z');
  const core = testCore({ clock, ...(dataDir ? { dataDir } : {}) });
  await call(core, 'settings:saveProfile', validProfile);

  const zulaikha = await call(core, 'requests:create', requestInput({ receivedAt: '2024-03-04T09:00:00+08:00', requester: ZULAIKHA }));
  const bonifasius = await call(
    core,
    'requests:create',
    requestInput({ receivedAt: '2024-03-04T09:30:00+08:00', requester: BONIFASIUS, information: 'Rekam medis pegawai Dinas Kesehatan tahun 2023' }),
  );
  const yohanes = await call(core, 'requests:create', requestInput({ receivedAt: '2024-03-04T09:45:00+08:00', requester: YOHANES, deliveryMethod: 'ambil_langsung' }));
  await call(core, 'letters:issue', { caseKind: 'request', caseId: bonifasius.id, type: 'tanda-bukti' });
  await call(core, 'requests:transition', { id: yohanes.id, to: 'in_process' });

  const journalistInquiry = await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2024-03-04T08:00:00+08:00', journalist: RINA }));
  await call(core, 'inquiries:create', inquiryInput({ receivedAt: '2024-03-04T08:30:00+08:00', journalist: GREGORIUS, topic: 'Jalan rusak' }));
  await call(core, 'inquiries:move', { id: journalistInquiry.id, to: 'ditugaskan', spokesperson: 'Kepala Dinas PUPR', unit: 'Dinas PUPR' });
  await call(core, 'inquiries:move', { id: journalistInquiry.id, to: 'menunggu_persetujuan', answer: 'Anggaran penanganan banjir 2024 sebesar Rp 80 miliar.' });
  await call(core, 'inquiries:move', { id: journalistInquiry.id, to: 'dijawab' });
  await call(core, 'inquiries:move', { id: journalistInquiry.id, to: 'selesai' });

  clock.set('2024-03-05T03:00:00Z');
  await call(core, 'requests:transition', { id: zulaikha.id, to: 'withdrawn', note: 'Pemohon menarik permohonan secara lisan.' });
  await call(core, 'requests:transition', { id: bonifasius.id, to: 'in_process' });
  clock.set('2024-03-12T03:00:00Z');
  await call(core, 'requests:transition', { id: bonifasius.id, ...REFUSAL });
  await call(core, 'letters:issue', { caseKind: 'request', caseId: bonifasius.id, type: 'penolakan' });
  await call(core, 'requests:transition', { id: bonifasius.id, to: 'done' });
  clock.set('2024-03-13T03:00:00Z');
  const objection = await call(core, 'objections:create', {
    requestId: bonifasius.id,
    grounds: ['a'],
    caseSummary: 'Pemohon keberatan atas penolakan rekam medis.',
    registeredAt: '2024-03-13T10:00:00+08:00',
    proxyName: BONIFASIUS.proxyName,
  });
  await call(core, 'letters:issue', { caseKind: 'objection', caseId: objection.id, type: 'keberatan-tanda-bukti' });
  clock.set('2024-04-10T03:00:00Z');
  await call(core, 'objections:decide', { id: objection.id, decision: 'ditolak', reason: 'Menguatkan keputusan PPID.', answerDate: '2024-04-10' });
  clock.set('2024-04-22T03:00:00Z');
  const dispute = await call(core, 'disputes:create', { objectionId: objection.id, filedDate: '2024-04-22', kiRegisterNumber: '007/REG-PSI/IV/2024' });
  clock.set('2024-06-20T03:00:00Z');
  await call(core, 'disputes:update', { id: dispute.id, status: 'decided', outcomeKind: 'adjudication_refused', outcome: 'Permohonan ditolak; informasi dikecualikan.', outcomeDate: '2024-06-20' });

  clock.set('2025-05-05T02:00:00Z');
  const wilhelmina = await call(core, 'requests:create', requestInput({ receivedAt: '2025-05-05T09:00:00+08:00', requester: WILHELMINA, deliveryMethod: 'ambil_langsung' }));
  clock.set('2025-05-06T02:00:00Z');
  await call(core, 'requests:transition', { id: wilhelmina.id, to: 'withdrawn', note: 'Informasi sudah didapat dari laman.' });

  return {
    core,
    clock,
    ids: { zulaikha: zulaikha.id, bonifasius: bonifasius.id, yohanes: yohanes.id, wilhelmina: wilhelmina.id, objection: objection.id, dispute: dispute.id },
  };
}

/** The bytes of the database as they are on disk: the main file and what the WAL still holds. */
export function databaseBytes(core: Core): Buffer {
  const file = path.join(core.dataDir, 'archive.db');
  const wal = `${file}-wal`;
  return Buffer.concat([fs.readFileSync(file), fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0)]);
}

export const found = (bytes: Buffer, strings: readonly string[]) => strings.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
