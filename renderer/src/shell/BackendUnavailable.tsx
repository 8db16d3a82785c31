import { useEffect, useRef } from 'react';
import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type UnavailableReason = 'unreachable' | 'forbidden' | 'error';

/** Full-window message when the backend cannot be used; no shell, nothing else to click. */
export function BackendUnavailable(props: {
  reason: UnavailableReason;
  message: string;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t(titleKey(props.reason))} — ${t('app.name')}`;
    heading.current?.focus();
  }, [props.reason, t]);

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack gap="md">
          <Text fw={700} c="blue.9">
            {t('app.name')}
          </Text>
          <Title order={1} size="h3" ref={heading} tabIndex={-1} className="page-heading">
            {t(titleKey(props.reason))}
          </Title>
          <Text>{props.reason === 'forbidden' ? t('backend.forbiddenBody') : t('backend.unreachableBody')}</Text>
          {props.reason === 'error' && (
            <Text size="sm" c="gray.7">
              {t('backend.details', { message: props.message })}
            </Text>
          )}
          {props.reason !== 'forbidden' && (
            <Button onClick={props.onRetry} loading={props.retrying} style={{ alignSelf: 'flex-start' }}>
              {t('backend.retry')}
            </Button>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

function titleKey(reason: UnavailableReason) {
  if (reason === 'forbidden') return 'backend.forbiddenTitle' as const;
  if (reason === 'error') return 'backend.errorTitle' as const;
  return 'backend.unreachableTitle' as const;
}
