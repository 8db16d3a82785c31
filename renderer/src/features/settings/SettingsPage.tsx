import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { useOfficeProfile } from './api';
import { LogoSection } from './LogoSection';
import { OfficeProfileForm } from './OfficeProfileForm';
import { CalendarSection } from './calendar/CalendarSection';
import { NumberingSection } from './numbering/NumberingSection';
import { MediaHoursSection } from './media/MediaHoursSection';
import { LetterPatternsSection } from './numbering/LetterPatternsSection';
import { PdpSection } from './pdp/PdpSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
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
      <CalendarSection />
      <NumberingSection />
      <MediaHoursSection />
      <LetterPatternsSection />
      <PdpSection />
    </Stack>
  );
}
