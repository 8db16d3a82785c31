import { useState } from 'react';
import { Badge, Button, Group, NativeSelect, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DIP_CATEGORIES, FILE_TYPES } from '../../../../shared/domain/archive/fields';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';
import { downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useArchiveSearch, useDebounced } from '../../lib/archive';
import { Snippet } from '../../lib/Snippet';

const DIP_FORMATS = ['xlsx', 'pdf', 'docx'] as const;
type DipFormat = (typeof DIP_FORMATS)[number];

type Filters = Pick<Input<'archive:search'>, 'category' | 'fileType'> & { unit: string; year: string };

/** Search box, filters, ranked results with the passage around the hit. */
export function SearchPanel({ onOpen, openId }: { onOpen: (id: number) => void; openId: number | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const feedback = useFeedback();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ unit: '', year: '' });
  const [limit, setLimit] = useState(20);
  const debounced = useDebounced(query, 250);
  const year = /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined;
  const input: Input<'archive:search'> = {
    query: debounced,
    limit,
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.fileType ? { fileType: filters.fileType } : {}),
    ...(filters.unit.trim() ? { unit: filters.unit.trim() } : {}),
    ...(year ? { year } : {}),
  };
  const search = useArchiveSearch(input);
  const hits = search.data?.hits ?? [];

  // XLSX to sort and filter; PDF/DOCX on the letterhead to publish (UU KIP Ps 7(3)).
  const exportDip = useMutation({ mutationFn: (format: DipFormat) => api.invoke('archive:exportDip', { format }) });
  const download = (format: DipFormat) => {
    feedback.reset();
    exportDip.mutate(format, {
      onSuccess: (file) => {
        downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 });
        feedback.succeed(t('archive.search.exported', { file: file.fileName }));
      },
      onError: feedback.onError,
    });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-search-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="archive-search-title">
          {t('archive.search.title')}
        </Title>
        <Group gap={4} role="group" aria-label={t('archive.search.export')}>
          <Text size="xs" aria-hidden>
            {t('archive.search.export')}:
          </Text>
          {DIP_FORMATS.map((format) => (
            <Button
              key={format}
              variant="default"
              size="xs"
              aria-label={t('archive.search.exportAs', { format: format.toUpperCase() })}
              loading={exportDip.isPending && exportDip.variables === format}
              onClick={() => download(format)}
            >
              {format.toUpperCase()}
            </Button>
          ))}
        </Group>
      </Group>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
      <TextInput
        type="search"
        label={t('archive.search.query')}
        description={t('archive.search.queryHelp')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('archive.search.category')}
          value={filters.category ?? ''}
          onChange={(e) => setFilters((f) => ({ ...f, category: (e.currentTarget.value || undefined) as Filters['category'] }))}
          data={[
            { value: '', label: t('archive.search.all') },
            ...DIP_CATEGORIES.map((c) => ({ value: c, label: t(`archive.categories.${c}`) })),
            { value: 'none', label: t('archive.search.unclassified') },
          ]}
        />
        <TextInput label={t('archive.search.unit')} value={filters.unit} onChange={(e) => setFilters((f) => ({ ...f, unit: e.currentTarget.value }))} />
        <TextInput label={t('archive.search.year')} inputMode="numeric" maxLength={4} w={90} value={filters.year} onChange={(e) => setFilters((f) => ({ ...f, year: e.currentTarget.value }))} />
        <NativeSelect
          label={t('archive.search.fileType')}
          value={filters.fileType ?? ''}
          onChange={(e) => setFilters((f) => ({ ...f, fileType: (e.currentTarget.value || undefined) as Filters['fileType'] }))}
          data={[{ value: '', label: t('archive.search.all') }, ...FILE_TYPES.map((c) => ({ value: c, label: t(`archive.fileTypes.${c}`) }))]}
        />
      </Group>
      <section aria-label={t('archive.search.results')}>
        {search.isSuccess && hits.length === 0 && (
          <Text size="sm" role="status">
            {debounced.trim() || input.category || input.fileType || input.unit || input.year ? t('archive.search.none') : t('archive.search.empty')}
          </Text>
        )}
        <ol className="archive-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <UnstyledButton className="archive-hit" aria-current={hit.id === openId ? 'true' : undefined} onClick={() => onOpen(hit.id)}>
                <Text fw={600} component="span" className="archive-hit-title">
                  {hit.title}
                </Text>{' '}
                <Text size="xs" c="dimmed" component="span">
                  {hit.fileName}
                  {hit.year ? ` · ${hit.year}` : ''}
                  {hit.unit ? ` · ${hit.unit}` : ''}
                </Text>
                {hit.category && (
                  <Badge size="xs" variant="light" ml="xs" component="span">
                    {t(`archive.categories.${hit.category}`)}
                  </Badge>
                )}
                {hit.encrypted && (
                  <Badge size="xs" color="gray" ml="xs" component="span">
                    {t('archive.search.encrypted')}
                  </Badge>
                )}
                {hit.snippet.length > 0 && (
                  <Text size="sm" component="span" className="archive-snippet">
                    <Snippet segments={hit.snippet} />
                  </Text>
                )}
              </UnstyledButton>
            </li>
          ))}
        </ol>
        {search.data?.hasMore && (
          <Button variant="subtle" size="xs" onClick={() => setLimit((n) => Math.min(100, n + 20))}>
            {t('archive.search.more')}
          </Button>
        )}
      </section>
    </Stack>
  );
}
