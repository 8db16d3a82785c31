import type { closingId } from './closing.id';

export const closingEn: typeof closingId = {
  title: 'Close the request: information handed over',
  help: 'Record when the information was handed over and the copying fee paid (if any). A closed request stays in the Requests register; reopening it needs a written reason.',
  helpRefused: 'The request was refused: nothing is handed over. A closed request stays in the Requests register.',
  deliveredDate: 'Date the information was handed over',
  deliveredHelp: 'Today, or the actual handover date (not in the future).',
  cost: 'Copying fee (Rp)',
  costHelp: 'Leave empty when there is no fee.',
  costInvalid: 'The fee must be a whole number of rupiah, without dots or commas, e.g. 15000.',
  payment: 'Payment method',
  note: 'Note (optional)',
  confirm: 'Close the request',
  reopen: 'Reopen',
  reopenTitle: 'Reopen the request',
  reopenHelp: 'Only to correct a mistake (e.g. closed by error) or after an objection or dispute outcome. The reason is kept in the history and the audit log.',
  reopenReason: 'Reason for reopening',
  confirmReopen: 'Reopen',
  reopened: 'The request was reopened; its status is now "{{status}}".',
  rows: { decision: 'Decision', noticeDate: 'Date of the written notice', deliveredDate: 'Date handed over', cost: 'Copying fee', payment: 'Payment method', closedAt: 'Closed' },
  linkedTitle: 'Archive documents for this request',
  closedNotice: 'This request is closed ({{status}}). Its details are read-only; its letters can be reprinted below.',
};
