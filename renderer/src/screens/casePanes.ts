// Every kind of case's detail pane, for the lists that show several kinds (Kotak Masuk). A feature's
// own page passes only its own panes; only a screen may gather them from several features.
import type { CasePanes } from '../lib/cases/casePanes';
import { RequestDetailPane } from '../features/requests/RequestDetailPane';
import { ObjectionDetailPane } from '../features/objections/ObjectionDetailPane';
import { DisputeDetailPane } from '../features/objections/DisputeDetailPane';
import { InquiryDetailPane } from '../features/inquiries/InquiryDetailPane';

export const ALL_CASE_PANES: CasePanes = {
  request: RequestDetailPane,
  objection: ObjectionDetailPane,
  dispute: DisputeDetailPane,
  inquiry: InquiryDetailPane,
};
