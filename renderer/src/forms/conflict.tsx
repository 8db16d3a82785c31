// Several officers work on one archive: an update names the row version its form was opened on,
// and the core refuses it when someone saved in between ("Sudah diubah oleh … pukul …; muat
// ulang."). The form keeps what the officer typed; "Muat ulang" fetches the newer data and takes
// its version, so the officer can check it and save their input again.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';

/** The version an open form is based on, and the conflict refusal of its last save. */
export function useRowVersion(current: number) {
  const [base, setBase] = useState(current);
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState(false);
  return {
    /** Send this as `version`: the version the form was opened (or last reloaded) on. */
    base,
    conflict,
    reloaded,
    /** The officer opens the form on what they see now. */
    capture(version: number) {
      setBase(version);
      setConflict(null);
      setReloaded(false);
    },
    /** True when the failure was a stale version: it is shown with "Muat ulang" instead of as a field error. */
    catch(error: unknown): boolean {
      if (!isApiError(error) || error.code !== 'conflict' || !/muat ulang\.?$|reload\.?$/i.test(error.message)) return false;
      setConflict(error.message);
      setReloaded(false);
      return true;
    },
    /** After a reload: the newer version becomes the base; the typed input stays. */
    reloadedTo(version: number) {
      setBase(version);
      setConflict(null);
      setReloaded(true);
    },
    clear() {
      setConflict(null);
      setReloaded(false);
    },
  };
}

export type RowVersionState = ReturnType<typeof useRowVersion>;

/** "Muat ulang": refetch the row's query; its newer version becomes the form's base. */
export function useReload(key: readonly unknown[], version: RowVersionState) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.refetchQueries({ queryKey: key, exact: true });
    const fresh = queryClient.getQueryData<{ version?: number }>(key);
    version.reloadedTo(fresh?.version ?? version.base);
  };
}

/** The refusal with its "Muat ulang" button, or the note that newer data was loaded. */
export function ConflictNotice({ conflict, reloaded, onReload }: { conflict: string | null; reloaded: boolean; onReload: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (conflict) {
    return (
      <Alert color="red" variant="outline" p="xs" data-testid="conflict">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
          <Text size="sm" c="red.9" fw={600} style={{ flex: 1, minWidth: 0 }}>
            {conflict}
          </Text>
          <Button
            size="xs"
            variant="default"
            style={{ flexShrink: 0 }}
            loading={busy}
            onClick={() => {
              setBusy(true);
              void Promise.resolve(onReload()).finally(() => setBusy(false));
            }}
          >
            {t('forms.conflict.reload')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (reloaded) {
    return (
      <Text size="sm" c="gray.8" role="status">
        {t('forms.conflict.reloaded')}
      </Text>
    );
  }
  return null;
}
