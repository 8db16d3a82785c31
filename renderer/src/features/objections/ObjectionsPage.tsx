import { useState } from 'react';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CaseInbox } from '../inbox/CaseInbox';

type Kind = 'objection' | 'dispute';

/**
 * Keberatan (#/objections): open objections (Atasan's 30 working days, UU KIP Ps 36(2)) and open
 * disputes at the Komisi Informasi (Ps 37-38), each in the inbox list with a fixed kind filter.
 */
export function ObjectionsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('objection');
  const toolbar = (
    <Group gap="sm" mb="xs" align="center">
      <Text size="sm" fw={500} id="objections-kind-label">
        {t('objections.page.show')}
      </Text>
      <SegmentedControl
        aria-labelledby="objections-kind-label"
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={[
          { value: 'objection', label: t('objections.page.objections') },
          { value: 'dispute', label: t('objections.page.disputes') },
        ]}
      />
    </Group>
  );
  return <CaseInbox key={kind} title={t('nav.objections')} fixedKind={kind} toolbar={toolbar} />;
}
