// The per-priority hour defaults of the media desk, kept in settings (Pengaturan › Media).
// Changing them applies to inquiries logged afterwards; each inquiry keeps the hours it used.
import { DEFAULT_INQUIRY_HOURS, type InquiryHours } from '../../../shared/domain/inquiries';
import { InquiryHoursSettings } from '../../../shared/ipc/channels/media';
import { settingsSection } from '../settings/section';

export const INQUIRY_HOURS_KEY = 'inquiry_hours';

const section = settingsSection<InquiryHours>({ key: INQUIRY_HOURS_KEY, schema: InquiryHoursSettings, fallback: () => DEFAULT_INQUIRY_HOURS, action: 'media.hours.update' });

export const getInquiryHours = section.get;
export const setInquiryHours = section.save;
