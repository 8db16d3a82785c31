// Walks the chain from the first entry: any edited, inserted or deleted row breaks it.
// (Removing the newest rows is only caught against a head hash kept elsewhere: `ppid-desk check`
// prints the head so an administrator can note it, and every verified backup keeps one.)
import type { Db } from '../db/connection';
import { entryHash, GENESIS_HASH } from './hash';
import { iterateAudit } from './repo';

export interface ChainReport {
  ok: boolean;
  entries: number;
  headHash: string;
  /** First broken entry, with an Indonesian explanation. */
  problem?: { seq: number; message: string };
}

export function verifyAuditChain(db: Db): ChainReport {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of iterateAudit(db)) {
    if (row.seq !== expectedSeq) {
      return broken(entries, prevHash, row.seq, `Entri audit ${expectedSeq} hilang (urutan melompat ke ${row.seq}).`);
    }
    if (row.prev_hash !== prevHash) {
      return broken(entries, prevHash, row.seq, `Entri audit ${row.seq} tidak tersambung dengan entri sebelumnya.`);
    }
    const hash = entryHash(prevHash, {
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      data: row.data,
      officerId: row.officer_id ?? null,
    });
    if (hash !== row.hash) {
      return broken(entries, prevHash, row.seq, `Entri audit ${row.seq} telah diubah setelah dicatat.`);
    }
    prevHash = row.hash;
    expectedSeq += 1;
    entries += 1;
  }
  return { ok: true, entries, headHash: prevHash };
}

function broken(entries: number, headHash: string, seq: number, message: string): ChainReport {
  return { ok: false, entries, headHash, problem: { seq, message } };
}
