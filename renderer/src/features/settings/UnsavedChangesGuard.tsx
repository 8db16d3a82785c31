import { useTranslation } from 'react-i18next';
import { useUnsaved } from '../../forms/unsaved';

/**
 * Asks before leaving the page with unsaved edits of the office profile: the app-wide guard
 * (forms/unsaved.tsx) with the profile's own words.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  useUnsaved(when, t('settings.leave.body'));
  return null;
}
