// The archive documents recorded for a request ("sudah tersedia" at intake, or linked later), each
// opening in Arsip: what was handed over stays visible on the case, open or closed.
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';

export function LinkedDocuments({ requestId }: { requestId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const links = useQuery({ queryKey: ['cases', 'links', requestId], queryFn: () => api.invoke('archive:links', { requestId }) });
  if (!links.data || links.data.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby={`linked-${requestId}`}>
      <Title order={3} size="h5" id={`linked-${requestId}`}>
        {t('closing.linkedTitle')}
      </Title>
      <List size="sm" spacing={2}>
        {links.data.map((doc) => (
          <List.Item key={doc.documentId}>
            <Anchor component={Link} to={`/archive?doc=${doc.documentId}`} size="sm">
              {doc.title}
            </Anchor>{' '}
            <Text span size="xs" c="gray.8">
              ({doc.fileName})
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
