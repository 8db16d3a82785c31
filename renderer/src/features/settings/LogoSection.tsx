import { useState, type ChangeEvent } from 'react';
import { Box, Button, Fieldset, Group, Input, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUnreachable } from '../../api';
import { useLogo, useRemoveLogo, useSetLogo } from './api';
import { useOfficeProfile } from '../../lib/officeProfile';
import { checkLogoFile, LOGO_ACCEPT } from './logoFile';
import { formatBytes } from '../../lib/bytes';

const INPUT_ID = 'profile-logo';

/** The kop surat logo: saved on choice (not with the form's Simpan), previewed from the core. */
export function LogoSection() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const logo = useLogo().data;
  const info = useOfficeProfile().data?.logo ?? null;
  const setLogo = useSetLogo();
  const removeLogo = useRemoveLogo();
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const failed = (error: Error) =>
    setProblem(t('settings.logo.failed', { message: isUnreachable(error) ? t('errors.unreachable') : error.message }));

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    setProblem(null);
    setNotice(null);
    if (!file) return;
    const check = await checkLogoFile(file, locale);
    if (!check.ok) {
      setProblem(check.problem === 'tooLarge' ? t('settings.logo.tooLarge', { size: check.size }) : t('settings.logo.notImage'));
      input.value = ''; // the same file chosen again must fire change again
      return;
    }
    setLogo.mutate(
      { fileName: check.fileName, dataBase64: check.dataBase64 },
      { onSuccess: () => setNotice(t('settings.logo.saved')), onError: failed, onSettled: () => (input.value = '') },
    );
  };

  const remove = () => {
    setProblem(null);
    setNotice(null);
    removeLogo.mutate(undefined, { onSuccess: () => setNotice(t('settings.logo.removed')), onError: failed });
  };

  const describedBy = [`${INPUT_ID}-description`, problem ? `${INPUT_ID}-error` : ''].filter(Boolean).join(' ');

  return (
    <Fieldset legend={t('settings.logo.title')}>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Box w={176} h={104} p={4} style={{ border: '1px dashed var(--mantine-color-gray-5)', display: 'grid', placeItems: 'center' }}>
          {logo ? (
            <img className="logo-preview" src={`data:${logo.mimeType};base64,${logo.dataBase64}`} alt={t('settings.logo.previewAlt')} />
          ) : (
            <Text size="sm" c="gray.7" ta="center">
              {t('settings.logo.none')}
            </Text>
          )}
        </Box>
        <Stack gap="xs" style={{ flex: '1 1 280px' }}>
          <Input.Wrapper id={INPUT_ID} label={t('settings.logo.label')} description={t('settings.logo.help')} error={problem}>
            <input
              id={INPUT_ID}
              className="file-input"
              type="file"
              accept={LOGO_ACCEPT}
              onChange={(event) => void choose(event)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
              disabled={setLogo.isPending}
            />
          </Input.Wrapper>
          {info && (
            <Text size="sm" c="gray.7">
              {t('settings.logo.size', { width: info.width, height: info.height, size: formatBytes(info.bytes, locale) })}
            </Text>
          )}
          {logo && (
            <Button variant="default" size="xs" onClick={remove} loading={removeLogo.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('settings.logo.remove')}
            </Button>
          )}
          <div role="status" aria-live="polite">
            {setLogo.isPending ? t('settings.logo.uploading') : notice && <Text size="sm" c="teal.9" fw={600}>{notice}</Text>}
          </div>
        </Stack>
      </Group>
    </Fieldset>
  );
}
