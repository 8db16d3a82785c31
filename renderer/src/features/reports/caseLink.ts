// Where a case behind a figure opens: its register page with its detail pane, as the rest of the
// app links to a case (?open=ID; a dispute on Keberatan's dispute view; a document on Arsip).
import type { ReportCase } from '../../../../shared/ipc/channels/reports';

export function caseHref(item: Pick<ReportCase, 'kind' | 'id'>): string {
  switch (item.kind) {
    case 'request':
      return `/requests?open=${item.id}`;
    case 'objection':
      return `/objections?open=${item.id}`;
    case 'dispute':
      return `/objections?view=dispute&open=${item.id}`;
    case 'inquiry':
      return `/media?open=${item.id}`;
    case 'document':
      return `/archive?doc=${item.id}`;
  }
}
