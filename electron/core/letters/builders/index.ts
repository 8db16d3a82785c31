// One builder per letter type: a LetterSnapshot in, a DocumentSpec out. Pure: the same snapshot
// always gives the same document, which is what lets an issued letter be a record.
import type { LetterType } from '../../../../shared/domain/letters';
import type { DocumentSpec } from '../../documents/model';
import type { LetterSnapshot } from '../snapshot';
import type { BuildEnv } from './common';
import { buildKuitansi, buildPemberitahuanKelengkapan, buildPenyerahan } from './caseLetters';
import { buildKeberatanTandaBukti, buildKeberatanTanggapan } from './objection';
import { buildPemberitahuan } from './notice';
import { buildPenolakan, buildPerpanjangan, buildTandaBukti } from './request';

export type { BuildEnv } from './common';

const BUILDERS: Record<LetterType, (s: LetterSnapshot, env: BuildEnv) => DocumentSpec> = {
  'tanda-bukti': buildTandaBukti,
  pemberitahuan: buildPemberitahuan,
  perpanjangan: buildPerpanjangan,
  penolakan: buildPenolakan,
  'keberatan-tanda-bukti': buildKeberatanTandaBukti,
  'keberatan-tanggapan': buildKeberatanTanggapan,
  penyerahan: buildPenyerahan,
  'pemberitahuan-kelengkapan': buildPemberitahuanKelengkapan,
  kuitansi: buildKuitansi,
};

export function buildLetter(snapshot: LetterSnapshot, env: BuildEnv): DocumentSpec {
  return BUILDERS[snapshot.type](snapshot, env);
}
