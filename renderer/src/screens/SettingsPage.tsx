// A screen (eslint.config.js): Pengaturan gathers the sections of settings, auth (access and the
// idle lock), officers (accounts) and newsroom (crisis contacts); no feature may import another.
import { useEffect } from 'react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../shell/PageHeading';
import { useOfficeProfile } from '../lib/officeProfile';
import { LogoSection } from '../features/settings/LogoSection';
import { OfficeProfileForm } from '../features/settings/OfficeProfileForm';
import { CalendarSection } from '../features/settings/calendar/CalendarSection';
import { NumberingSection } from '../features/settings/numbering/NumberingSection';
import { MediaHoursSection } from '../features/settings/media/MediaHoursSection';
import { CrisisSection } from '../features/newsroom/CrisisSection';
import { LetterPatternsSection } from '../features/settings/numbering/LetterPatternsSection';
import { ReleasePatternSection } from '../features/settings/numbering/ReleasePatternSection';
import { PdpSection } from '../features/settings/pdp/PdpSection';
import { TariffSection } from '../features/settings/tariff/TariffSection';
import { MaklumatSection } from '../features/settings/maklumat/MaklumatSection';
import { BackupSection } from '../features/settings/backup/BackupSection';
import { OfficerSection } from '../features/settings/officer/OfficerSection';
import { AccessSection } from '../features/auth/AccessSection';
import { OfficersSection } from '../features/officers/OfficersSection';
import { useSignedIn } from '../lib/session';

export function SettingsPage() {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  // Signed in, the history names the officer's account: the desk's name is for the shell without accounts.
  const signedIn = Boolean(useSignedIn()?.officer);
  // #/settings?section=cadangan (the Kotak Masuk backup warning) brings that section into view.
  const section = useSearchParams()[0].get('section');
  useEffect(() => {
    if (!section) return undefined;
    // After the layout has focused the page heading (its effect runs after ours).
    const timer = setTimeout(() => {
      const target = document.getElementById(section);
      target?.scrollIntoView?.({ block: 'start' });
      target?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [section]);
  return (
    <Stack gap="md" maw={1080}>
      <PageHeading>{t('settings.title')}</PageHeading>
      <div>
        <Title order={2} size="h3" id="profile-title">
          {t('settings.profileTitle')}
        </Title>
        <Text size="sm" c="gray.7" mt={4}>
          {t('settings.profileIntro')}
        </Text>
      </div>
      {profile.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {/* A failed refetch keeps the last data: the form (and its unsaved input) must stay. */}
      {profile.isError && profile.data === undefined && (
        <Alert color="red" variant="outline">
          {t('settings.loadFailed', { message: profile.error.message })}
        </Alert>
      )}
      {profile.data !== undefined && (
        <>
          <LogoSection />
          <OfficeProfileForm profile={profile.data} />
        </>
      )}
      {!signedIn && <OfficerSection />}
      <OfficersSection />
      <CalendarSection />
      <NumberingSection />
      <ReleasePatternSection />
      <MediaHoursSection />
      <CrisisSection />
      <LetterPatternsSection />
      <TariffSection />
      <MaklumatSection />
      <PdpSection />
      <BackupSection />
      <AccessSection />
    </Stack>
  );
}
