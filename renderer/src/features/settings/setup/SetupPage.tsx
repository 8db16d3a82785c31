// First run (no office profile, empty inbox): the home page asks for what every letter needs before
// the first case, with the very components of Pengaturan: the office profile with the PPID and the
// Atasan PPID, the logo, the registration numbers, and whether the working-day calendar covers
// this year. Everything stays changeable in Pengaturan.
import { Alert, Button, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../shell/PageHeading';
import { useGuarded } from '../../../forms/unsaved';
import { useOfficeNow } from '../../../forms/officeNow';
import { useOfficeProfile } from '../../../lib/officeProfile';
import { LogoSection } from '../LogoSection';
import { OfficeProfileForm } from '../OfficeProfileForm';
import { NumberingSection } from '../numbering/NumberingSection';
import { useCalendar } from '../calendar/api';
import { rememberSetupSkipped } from './firstRun';
import { OfficerSection } from '../officer/OfficerSection';

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  const guarded = useGuarded();
  const saved = profile.data != null;
  const finish = () =>
    guarded(() => {
      if (!saved) rememberSetupSkipped();
      onDone();
    });

  return (
    <Stack gap="md" maw={1080}>
      <PageHeading>{t('forms.setup.title')}</PageHeading>
      <Text size="sm">{t('forms.setup.intro')}</Text>
      <div>
        <Title order={2} size="h3" id="profile-title">
          {t('forms.setup.profileStep')}
        </Title>
        <Text size="sm" c="gray.7" mt={4}>
          {t('settings.profileIntro')}
        </Text>
      </div>
      {profile.data !== undefined && <OfficeProfileForm profile={profile.data} />}
      <OfficerSection />
      <Title order={2} size="h3">
        {t('forms.setup.moreStep')}
      </Title>
      <LogoSection />
      <NumberingSection />
      <CalendarCheck />
      <Group gap="md" align="center">
        <Button onClick={finish} variant={saved ? 'filled' : 'default'}>
          {saved ? t('forms.setup.done') : t('forms.setup.skip')}
        </Button>
        {!saved && (
          <Text size="sm" c="gray.8">
            {t('forms.setup.skipNote')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/** Is this year (app clock, office zone) in the shipped calendar of national holidays? */
function CalendarCheck() {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const year = Number(useOfficeNow().today().slice(0, 4));
  const covered = calendar.data?.coveredYears.includes(year);
  return (
    <Fieldset legend={t('forms.setup.calendarStep')}>
      {calendar.isPending ? (
        <Text size="sm">{t('app.loading')}</Text>
      ) : calendar.isError ? (
        <Text size="sm" c="red.9">
          {t('calendar.loadFailed', { message: calendar.error.message })}
        </Text>
      ) : covered ? (
        <Text size="sm" data-testid="calendar-check">
          {t('forms.setup.calendarCovered', { year, version: calendar.data.version })}
        </Text>
      ) : (
        <Alert color="orange.9" variant="outline" p="xs" data-testid="calendar-check">
          <Text size="sm">
            {t('forms.setup.calendarMissing', { year })} <Link to="/settings">{t('forms.setup.calendarLink')}</Link>
          </Text>
        </Alert>
      )}
    </Fieldset>
  );
}
