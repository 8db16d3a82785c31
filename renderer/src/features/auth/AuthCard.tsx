import { useEffect, useRef, type ReactNode } from 'react';
import { Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, LANGUAGES } from '../../i18n';

/** The frame of the login, first-Admin and lock screens: the app's name, a heading, the form. */
export function AuthCard({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" maw={460} w="100%">
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={700} c="blue.9" size="lg">
              {t('app.name')}
            </Text>
            {/* Before login the choice is not saved (settings:setUi needs an officer); after it the saved one applies. */}
            <SegmentedControl
              aria-label={t('language.label')}
              size="xs"
              value={isUiLanguage(i18n.language) ? i18n.language : 'id'}
              onChange={(value) => void i18n.changeLanguage(value)}
              data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
            />
          </Group>
          <Title order={1} size="h3" ref={heading} tabIndex={-1} className="page-heading">
            {title}
          </Title>
          <Text size="sm" c="gray.8">
            {intro}
          </Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
