// The map from every contract channel to its service call. `Handlers` is keyed by `Channel`,
// so a channel added to shared/ipc without a handler here is a compile error.
import type { Handlers } from './handler';
import { appHandlers } from './app/handlers';
import { settingsHandlers } from './settings/handlers';
import { requestsHandlers } from './requests/handlers';
import { objectionsHandlers } from './objections/handlers';
import { disputesHandlers } from './disputes/handlers';
import { inboxHandlers } from './inbox/handlers';
import { calendarHandlers, deadlineHandlers } from './calendar/handlers';
import { numberingHandlers } from './numbering/handlers';
import { archiveHandlers } from './archive/handlers';
import { mediaHandlers } from './media/handlers';
import { inquiriesHandlers } from './inquiries/handlers';
import { lettersHandlers } from './letters/handlers';
import { pdpHandlers } from './pdp/handlers';
import { backupHandlers } from './maintenance/handlers';
import { casesHandlers } from './cases/handlers';
import { reportsHandlers } from './reports/handlers';
import { costsHandlers } from './costs/handlers';
import { lanHandlers } from './lan/handlers';
import { auditHandlers, authHandlers, officersHandlers } from './auth/handlers';
import { clarificationsHandlers } from './newsroom/clarifications/handlers';
import { narasiHandlers } from './newsroom/narasi/handlers';
import { newsroomHandlers } from './newsroom/handlers';
import { releasesHandlers } from './newsroom/releases/handlers';
import { issuesHandlers } from './newsroom/issues/handlers';
import { postsHandlers } from './newsroom/posts/handlers';

export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...requestsHandlers,
  ...objectionsHandlers,
  ...disputesHandlers,
  ...inboxHandlers,
  ...calendarHandlers,
  ...deadlineHandlers,
  ...numberingHandlers,
  ...archiveHandlers,
  ...mediaHandlers,
  ...inquiriesHandlers,
  ...lettersHandlers,
  ...pdpHandlers,
  ...backupHandlers,
  ...casesHandlers,
  ...reportsHandlers,
  ...costsHandlers,
  ...lanHandlers,
  ...authHandlers,
  ...officersHandlers,
  ...auditHandlers,
  ...clarificationsHandlers,
  ...narasiHandlers,
  ...newsroomHandlers,
  ...releasesHandlers,
  ...issuesHandlers,
  ...postsHandlers,
};
