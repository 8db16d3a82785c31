import type { maklumatId } from './settings.maklumat.id';

export const maklumatEn: typeof maklumatId = {
  title: 'Public information service notice (maklumat pelayanan)',
  intro:
    'The service notice is made from the office profile (letterhead, PPID, Atasan PPID, contacts), the copying tariff and the legal time limits: legal basis, procedure, time limits, cost, guarantees, and complaints, objections and evaluation, signed by the PPID. A3 to put up at the service desk (one sheet, two columns), A4 to hand out.',
  size: 'Paper size',
  sizes: { a3: 'A3 (poster)', a4: 'A4' },
  format: 'Format',
  download: 'Download notice',
  working: 'Preparing the {{size}} service notice ({{format}})…',
  done: 'Service notice downloaded: {{file}}.',
};
