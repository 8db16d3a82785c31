// THE contract between renderer and core. Each capability adds one file under channels/
// and one spread line here; a duplicate name fails tests/shared/ipc/contract.test.ts.
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { settingsChannels } from './channels/settings';
import { requestsChannels } from './channels/requests';
import { objectionsChannels } from './channels/objections';
import { disputesChannels } from './channels/disputes';
import { inboxChannels } from './channels/inbox';
import { calendarChannels } from './channels/calendar';
import { deadlineChannels } from './channels/deadline';
import { numberingChannels } from './channels/numbering';
import { archiveChannels } from './channels/archive';
import { mediaChannels } from './channels/media';
import { inquiriesChannels } from './channels/inquiries';
import { lettersChannels } from './channels/letters';
import { pdpChannels } from './channels/pdp';
import { backupChannels } from './channels/backup';
import { casesChannels } from './channels/cases';
import { reportsChannels } from './channels/reports';
import { costsChannels } from './channels/costs';
import { lanChannels } from './channels/lan';
import { authChannels } from './channels/auth';
import { officersChannels } from './channels/officers';
import { auditChannels } from './channels/audit';
import { clarificationsChannels } from './channels/clarifications';
import { narasiChannels } from './channels/narasi';
import { newsroomChannels } from './channels/newsroom';
import { releasesChannels } from './channels/releases';
import { issuesChannels } from './channels/issues';
import { postsChannels } from './channels/posts';

export const channelGroups = {
  appChannels,
  settingsChannels,
  requestsChannels,
  objectionsChannels,
  disputesChannels,
  inboxChannels,
  calendarChannels,
  deadlineChannels,
  numberingChannels,
  archiveChannels,
  mediaChannels,
  inquiriesChannels,
  lettersChannels,
  pdpChannels,
  backupChannels,
  casesChannels,
  reportsChannels,
  costsChannels,
  lanChannels,
  authChannels,
  officersChannels,
  auditChannels,
  clarificationsChannels,
  narasiChannels,
  newsroomChannels,
  releasesChannels,
  issuesChannels,
  postsChannels,
} as const;

export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...requestsChannels,
  ...objectionsChannels,
  ...disputesChannels,
  ...inboxChannels,
  ...calendarChannels,
  ...deadlineChannels,
  ...numberingChannels,
  ...archiveChannels,
  ...mediaChannels,
  ...inquiriesChannels,
  ...lettersChannels,
  ...pdpChannels,
  ...backupChannels,
  ...casesChannels,
  ...reportsChannels,
  ...costsChannels,
  ...lanChannels,
  ...authChannels,
  ...officersChannels,
  ...auditChannels,
  ...clarificationsChannels,
  ...narasiChannels,
  ...newsroomChannels,
  ...releasesChannels,
  ...issuesChannels,
  ...postsChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
