import type { NumberingMessages } from './settings.numbering.id';

export const numberingEn: NumberingMessages = {
  title: 'Registration numbers',
  intro:
    'Number patterns of the request register and the objection register. A change applies to the next number; the sequence continues and restarts at 1 every year.',
  tokens: 'Placeholders you can use: {{tokens}}. A pattern must contain {seq} and {year}.',
  requestPattern: 'Request number pattern',
  objectionPattern: 'Objection number pattern',
  seqWidth: 'Sequence width',
  seqWidthHelp: 'Digits of the sequence number, e.g. 3 → 001.',
  unitCode: 'Unit code',
  unitCodeHelp: 'What {unit} writes, e.g. DISKOMINFO.',
  preview: 'Preview:',
  previewUnavailable: 'No preview yet: check the pattern and the sequence width.',
  previewNote: 'The preview uses sequence number 1 and the current month and year.',
  save: 'Save numbering',
  saved: 'Numbering saved. It applies to the next registration number.',
  failed: 'Numbering not saved: {{message}}',
  loadFailed: 'The numbering settings could not be loaded: {{message}}',
};
