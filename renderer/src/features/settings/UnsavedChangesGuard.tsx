import { useEffect } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Asks before leaving the page with unsaved edits: in-app navigation via the router's blocker,
 * reload/close via beforeunload (Electron's main process must answer `will-prevent-unload`).
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older Chromium needs it set
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  const blocked = blocker.state === 'blocked';
  // Composed without Modal.Header: Mantine renders that as a <header>, a second "banner" for axe.
  return (
    <Modal.Root opened={blocked} onClose={() => blocker.reset?.()} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="md">
          <Modal.Title fw={700} mb="xs">
            {t('settings.leave.title')}
          </Modal.Title>
          <Text size="sm">{t('settings.leave.body')}</Text>
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
              {t('settings.leave.stay')}
            </Button>
            <Button color="red.9" onClick={() => blocker.proceed?.()}>
              {t('settings.leave.discard')}
            </Button>
          </Group>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
