import { Button, Group, Text } from '@mantine/core';
import { SavedNotice } from './SavedNotice';

/**
 * The end of a settings form: the error that belongs to no single field (read out at once), the
 * "Tersimpan." notice, and the save button.
 */
export function SaveFooter({ error, notice, pending, label }: { error?: string | null; notice: string | null | undefined | false; pending: boolean; label: string }) {
  return (
    <>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      <SavedNotice notice={notice} />
      <Group>
        <Button type="submit" loading={pending}>
          {label}
        </Button>
      </Group>
    </>
  );
}
