// The directory of journalists and outlets: search as you type, add one; adding someone already
// there (same name at the same outlet, or the same phone) says so and keeps the one entry.
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OUTLET_TYPES, type OutletType } from '../../../../shared/domain/inquiries';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useJournalists, useSaveJournalist } from '../../lib/inquiries';

export function DirectorySection() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = useJournalists(search.trim());
  const save = useSaveJournalist();
  const feedback = useFeedback();
  const [form, setForm] = useState({ name: '', outlet: '', outletType: 'online' as OutletType, region: '', phone: '', email: '' });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    save.mutate(form, {
      onSuccess: (out) => {
        const by = out.matchedBy === 'phone' ? t('media.directory.byPhone') : t('media.directory.byName');
        feedback.succeed(out.created ? t('media.directory.added', { name: out.journalist.name }) : t('media.directory.existing', { name: out.journalist.name, by }));
        if (out.created) setForm((f) => ({ ...f, name: '', phone: '', email: '' }));
      },
      onError: feedback.onError,
    });
  };
  return (
    <Stack gap="sm" maw={1000}>
      <TextInput label={t('media.directory.search')} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      {list.data && list.data.length === 0 ? (
        <Text size="sm" c="gray.8">{t('media.directory.none')}</Text>
      ) : (
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('media.form.journalist')}</Table.Th>
              <Table.Th>{t('media.form.outlet')}</Table.Th>
              <Table.Th>{t('media.form.phone')}</Table.Th>
              <Table.Th>{t('media.form.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td>{j.name}</Table.Td>
                <Table.Td>
                  {j.outlet.name} ({t(`media.outletTypes.${j.outlet.type}`)}
                  {j.outlet.region && `, ${j.outlet.region}`})
                </Table.Td>
                <Table.Td>{j.phone}</Table.Td>
                <Table.Td>{j.email}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} aria-labelledby="directory-add">
        <Stack gap="xs">
          <Title order={2} size="h5" id="directory-add">
            {t('media.directory.add')}
          </Title>
          <Group grow gap="xs" align="flex-start">
            <TextInput label={t('media.form.journalist')} withAsterisk value={form.name} error={feedback.issues.name} onChange={set('name')} />
            <TextInput label={t('media.form.outlet')} withAsterisk value={form.outlet} error={feedback.issues.outlet} onChange={set('outlet')} />
            <NativeSelect label={t('media.form.outletType')} value={form.outletType} data={OUTLET_TYPES.map((v) => ({ value: v, label: t(`media.outletTypes.${v}`) }))} onChange={set('outletType')} />
          </Group>
          <Group grow gap="xs" align="flex-start">
            <TextInput label={t('media.directory.region')} value={form.region} onChange={set('region')} />
            <TextInput label={t('media.form.phone')} type="tel" value={form.phone} error={feedback.issues.phone} onChange={set('phone')} />
            <TextInput label={t('media.form.email')} type="email" value={form.email} error={feedback.issues.email} onChange={set('email')} />
          </Group>
          <Group>
            <Button type="submit" loading={save.isPending}>{t('media.directory.add')}</Button>
          </Group>
          <FeedbackView message={feedback.message} failure={feedback.failure} />
        </Stack>
      </form>
    </Stack>
  );
}
