// The data a classification letter (penetapan klasifikasi, lembar uji konsekuensi) is made from,
// frozen at issue like a case letter's snapshot: the archive document's classification and its
// consequence test, and the office that decides.
import type { DipCategory, DipForm, ExemptionLetter } from '../../../shared/domain/archive/fields';
import type { DocumentLetterType } from '../../../shared/domain/letters';
import type { ArchiveRow } from '../archive/repo';
import { lettersOf } from '../archive/service';
import type { LetterSnapshot } from './snapshot';

export interface ClassifiedDocument {
  id: number;
  dipNumber: string;
  title: string;
  summary: string;
  unit: string;
  responsible: string;
  producedDate: string | null;
  producedPlace: string;
  form: DipForm;
  category: DipCategory | null;
  /** UU KIP Ps 17 letters of the basis, a-j. */
  letters: ExemptionLetter[];
  /** The other law cited (Ps 17 huruf j, or the sectoral rule behind another letter). */
  law: string;
  /** Uji konsekuensi steps (Perki 1/2021 Ps 49(2)). */
  information: string;
  harm: string;
  publicInterest: string;
  note: string;
  years: number | null;
  permanent: boolean;
  decreeNumber: string;
  decreeDate: string | null;
  reviewDate: string | null;
}

export interface DocumentLetterSnapshot {
  type: DocumentLetterType;
  number: string;
  issuedDate: string;
  version: number;
  office: LetterSnapshot['office'];
  document: ClassifiedDocument;
}

export function classifiedDocument(row: ArchiveRow): ClassifiedDocument {
  return {
    id: row.id,
    dipNumber: row.dip_number,
    title: row.title,
    summary: row.summary,
    unit: row.unit,
    responsible: row.responsible,
    producedDate: row.produced_date,
    producedPlace: row.produced_place,
    form: row.form,
    category: row.category,
    letters: lettersOf(row),
    law: row.exemption_law,
    information: row.ct_information,
    harm: row.ct_harm,
    publicInterest: row.ct_public_interest,
    note: row.consequence_test,
    years: row.exemption_years,
    permanent: row.exemption_permanent === 1,
    decreeNumber: row.decree_number,
    decreeDate: row.decree_date,
    reviewDate: row.review_date,
  };
}
