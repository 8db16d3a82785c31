import type { walkinId } from './requests.walkin.id';

export const walkinEn: typeof walkinId = {
  saveAndPrint: 'Save & print receipt',
  hint: 'Shortcuts: Ctrl+S save · Ctrl+Shift+S save & print the receipt',
  issuing: 'Issuing the receipt…',
  receiptFailed: 'The request is saved, but its receipt could not be issued: {{message}}',
  fixProfile: 'Complete the office profile in Settings',
  issueReceipt: 'Issue & print the receipt',
  print: 'Print',
};
