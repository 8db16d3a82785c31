import { useEffect } from 'react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../shell/PageHeading';
import { useOfficeProfile } from '../../lib/officeProfile';
import { LogoSection } from './LogoSection';
import { OfficeProfileForm } from './OfficeProfileForm';
import { CalendarSection } from './calendar/CalendarSection';
import { NumberingSection } from './numbering/NumberingSection';
import { MediaHoursSection } from './media/MediaHoursSection';
import { CrisisSection } from './CrisisSection';
import { LetterPatternsSection } from './numbering/LetterPatternsSection';
import { ReleasePatternSection } from './numbering/ReleasePatternSection';
import { PdpSection } from './pdp/PdpSection';
import { TariffSection } from './tariff/TariffSection';
import { MaklumatSection } from './maklumat/MaklumatSection';
import { BackupSection } from './backup/BackupSection';
import { OfficerSection } from './officer/OfficerSection';
import { AccessSection } from './access/AccessSection';
import { OfficersSection } from '../officers/OfficersSection';
import { useSignedIn } from '../auth/session';

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
