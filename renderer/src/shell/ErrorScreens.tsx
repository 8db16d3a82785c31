import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Center, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The friendly screen for a rendering bug; saved data lives in the core and is unaffected. */
export function CrashScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Hash routing: "#/" is the inbox in both Electron (app://) and the browser host.
  const goHome = () => {
    window.location.hash = '#/';
    window.location.reload();
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" maw={640} w="100%">
        <Stack gap="md">
          <Title order={1} size="h3">
            {t('crash.title')}
          </Title>
          <Text>{t('crash.body')}</Text>
          <Group>
            <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
            <Button variant="default" onClick={goHome}>
              {t('crash.home')}
            </Button>
          </Group>
          <details>
            <summary>
              <Text span size="sm">
                {t('crash.details')}
              </Text>
            </summary>
            <Code block mt="xs">
              {details}
            </Code>
          </details>
        </Stack>
      </Paper>
    </Center>
  );
}

/** Route render errors: with a data router these never reach a React error boundary above it. */
export function RouteErrorScreen() {
  const error = useRouteError();
  return <CrashScreen error={error} />;
}

/** Errors outside the router (providers, the gate). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('PPID Desk: tampilan gagal', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <CrashScreen error={this.state.error} /> : this.props.children;
  }
}
