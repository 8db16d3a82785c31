// Archive rows written straight into SQLite (no parsing): for search tests and the bench.
import { createHash } from 'node:crypto';
import type { Db } from '../../electron/core/db/connection';
import { insertDocument, updateDip, type ArchiveRow } from '../../electron/core/archive/repo';

export interface SeedDoc {
  title: string;
  text: string;
  summary?: string;
  fileType?: ArchiveRow['file_type'];
  category?: ArchiveRow['category'];
  unit?: string;
  producedDate?: string | null;
}

let counter = 0;

export function seedDocument(db: Db, doc: SeedDoc): number {
  counter += 1;
  const sha = createHash('sha256').update(`${counter}:${doc.title}:${doc.text}:${Math.random()}`).digest('hex');
  const at = '2026-11-23T02:00:00.000Z';
  db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'application/pdf', ?)").run(sha, at);
  const id = insertDocument(
    db,
    {
      sha256: sha, file_name: `${doc.title.slice(0, 40)}.${doc.fileType === 'docx' ? 'docx' : 'pdf'}`, file_type: doc.fileType ?? 'pdf', mime_type: 'application/pdf', size: 1,
      encrypted: 0, page_count: 1, meta_title: '', meta_author: '', meta_created: null, text_chars: doc.text.length, text_truncated: 0,
      preview_html: null, import_notes: '[]', imported_at: at, title: doc.title, updated_at: at,
    },
    doc.text,
  );
  if (doc.category || doc.unit || doc.summary || doc.producedDate) {
    updateDip(db, id, {
      dip_number: '', title: doc.title, summary: doc.summary ?? '', unit: doc.unit ?? '', responsible: '', produced_date: doc.producedDate ?? null,
      produced_place: '', form: 'softcopy', retention: '', category: doc.category === 'dikecualikan' ? null : (doc.category ?? null), exemption_letter: null,
      exemption_letters: '[]', exemption_law: '', ct_information: '', ct_harm: '', ct_public_interest: '', consequence_test: '', exemption_years: null, exemption_permanent: 0, decree_number: '', decree_date: null, review_date: null, updated_at: at,
    });
  }
  return id;
}

const WORDS = ('anggaran pendapatan belanja daerah laporan keuangan realisasi program kegiatan dinas kabupaten kota provinsi kalimantan timur ' +
  'samarinda balikpapan kutai kartanegara pelayanan informasi publik keterbukaan pengadaan barang jasa kontrak perjanjian kerja sama ' +
  'rencana strategis tahunan semester evaluasi kinerja pegawai aparatur sipil negara desa dana bantuan sosial kesehatan pendidikan ' +
  'jalan jembatan infrastruktur lingkungan hidup perizinan retribusi pajak peraturan keputusan gubernur bupati wali surat edaran').split(' ');

/** A deterministic pseudo-random document: Indonesian administrative words. */
export function syntheticDoc(i: number, words = 120): SeedDoc {
  let x = (i * 2654435761) >>> 0;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0), x);
  const pick = () => WORDS[next() % WORDS.length]!;
  const text = Array.from({ length: words }, pick).join(' ');
  const categories: ArchiveRow['category'][] = ['berkala', 'serta_merta', 'setiap_saat', null];
  return {
    title: `${pick()} ${pick()} ${pick()} ${2015 + (i % 12)} nomor ${i}`,
    text,
    category: categories[i % 4]!,
    unit: ['Sekretariat', 'Bidang Informasi', 'Bidang Aplikasi'][i % 3]!,
    producedDate: `${2015 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
    fileType: i % 2 === 0 ? 'pdf' : 'docx',
  };
}
