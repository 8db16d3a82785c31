// Humas › Klarifikasi hoaks: the list (search, N for a new one, / to search), the form and the
// detail with the crisis clock, the checklist and the files.
import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Grid, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { useClarification, useClarifications } from './api';
import { ClarificationDetailView } from './ClarificationDetail';
import { ClarificationForm } from './ClarificationForm';
import { NewsroomTabs } from '../../shell/NewsroomTabs';

export function ClarificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selected = params.get('id') ? Number(params.get('id')) : null;
  const creating = params.get('new') === '1';
  const [search, setSearch] = useState('');
  const list = useClarifications(search);
  const detail = useClarification(selected);
  const searchRef = useRef<HTMLInputElement>(null);
  const select = (id: number | null, isNew = false) => setParams(isNew ? { new: '1' } : id ? { id: String(id) } : {}, { replace: true });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable]') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        select(null, true);
      } else if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const moveIn = (e: React.KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...(e.currentTarget.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <Stack gap="sm">
      <PageHeading>{t('newsroom.tabs.klarifikasi')}</PageHeading>
      <NewsroomTabs />
      <Text size="xs" c="gray.8">
        {t('newsroom.list.help')}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="xs" component="section" aria-labelledby="clarification-list-title">
            <Group justify="space-between">
              <Text fw={600} id="clarification-list-title">
                {t('newsroom.list.title')}
              </Text>
              <Button size="xs" onClick={() => select(null, true)}>
                {t('newsroom.list.new')}
              </Button>
            </Group>
            <TextInput ref={searchRef} type="search" label={t('newsroom.list.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
            {list.data?.length === 0 && <Text size="sm">{t('newsroom.list.empty')}</Text>}
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} onKeyDown={moveIn} aria-labelledby="clarification-list-title">
              {list.data?.map((c) => (
                <li key={c.id}>
                  <UnstyledButton
                    data-item
                    onClick={() => select(c.id)}
                    aria-current={c.id === selected ? 'true' : undefined}
                    p="xs"
                    w="100%"
                    style={{ borderRadius: 4, background: c.id === selected ? '#e7f0fb' : undefined }}
                  >
                    <Group gap={6} wrap="nowrap">
                      <Badge size="sm" color="red.9" variant="outline">
                        {t(`newsroom.labels.${c.label}`)}
                      </Badge>
                      {c.crisis && !c.crisis.closedAt && (
                        <Badge size="sm" color="red.9">
                          {t('newsroom.list.crisis')}
                        </Badge>
                      )}
                      <Text size="xs" c="gray.8">
                        {`${c.number} · ${t(`newsroom.statuses.${c.status}`)}`}
                      </Text>
                    </Group>
                    <Text size="sm" lineClamp={2}>
                      {c.title}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {creating && <ClarificationForm onSaved={(id) => select(id)} />}
          {!creating && selected !== null && detail.data && <ClarificationDetailView detail={detail.data} />}
          {!creating && selected !== null && detail.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
