// What the officer adds before a letter is issued: sifat, lampiran, tembusan, and for the written
// notice the items of UU KIP Ps 22(7) the case does not hold (d, e, f) and when the information
// will be provided. Empty fields take the defaults the core prints (see README, Surat dan register).
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LETTERS_WITH_HEAD, type LetterType } from '../../../../shared/domain/letters';
import type { LetterDetailsInput } from '../../../../shared/ipc/channels/letters';
import { useUnsaved } from '../../forms/unsaved';

export function IssueForm({ type, label, pending, onSubmit, onCancel }: {
  type: LetterType;
  label: string;
  pending: boolean;
  onSubmit: (details: LetterDetailsInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ sifat: 'Biasa', lampiran: '-', tembusan: '', materi: '', hitam: '', media: '', waktu: '' });
  const [initial] = useState(values);
  useUnsaved(!pending && JSON.stringify(values) !== JSON.stringify(initial));
  const field = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { tembusan, ...rest } = values;
    onSubmit({ ...rest, tembusan: tembusan.split('\n').map((l) => l.trim()).filter(Boolean) });
  };
  // The handover receipt names what was handed over and its form, as the notice does (huruf d, f).
  const notice = type === 'pemberitahuan' || type === 'penyerahan';
  return (
    <form onSubmit={submit} aria-label={t('letters.form.title', { label })}>
      <Stack gap="xs">
        <Text size="sm" fw={700}>
          {t('letters.form.title', { label })}
        </Text>
        {LETTERS_WITH_HEAD.includes(type) && (
          <Group grow align="flex-start">
            <TextInput size="xs" label={t('letters.form.sifat')} {...field('sifat')} />
            <TextInput size="xs" label={t('letters.form.lampiran')} {...field('lampiran')} />
          </Group>
        )}
        {notice && (
          <>
            <Textarea size="xs" autosize minRows={2} label={t('letters.form.materi')} description={t('letters.form.materiHelp')} {...field('materi')} />
            <Textarea size="xs" autosize minRows={1} label={t('letters.form.hitam')} {...field('hitam')} />
            <TextInput size="xs" label={t('letters.form.media')} description={t('letters.form.mediaHelp')} {...field('media')} />
            <TextInput size="xs" label={t('letters.form.waktu')} {...field('waktu')} />
          </>
        )}
        <Textarea size="xs" autosize minRows={1} label={t('letters.form.tembusan')} description={t('letters.form.tembusanHelp')} {...field('tembusan')} />
        <Group gap="xs">
          <Button size="xs" type="submit" loading={pending}>
            {t('letters.form.submit')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('letters.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
