import { useState } from 'react';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseInbox } from '../inbox/CaseInbox';
import { CaseRegister } from '../cases/CaseRegister';

type Kind = 'objection' | 'dispute';

/**
 * Keberatan (#/objections): the register of every objection (Atasan's 30 working days, UU KIP Ps
 * 36(2)), decided ones included, and the open disputes at the Komisi Informasi (Ps 37-38) in the
 * inbox list by deadline.
 */
export function ObjectionsPage() {
  const { t } = useTranslation();
  // ?view=dispute&open=ID: a dispute linked from elsewhere (Laporan's drill-down).
  const [params] = useSearchParams();
  const [kind, setKind] = useState<Kind>(params.get('view') === 'dispute' ? 'dispute' : 'objection');
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
  if (kind === 'objection') return <CaseRegister key={kind} kind="objection" title={t('nav.objections')} toolbar={toolbar} />;
  return <CaseInbox key={kind} title={t('nav.objections')} fixedKind={kind} toolbar={toolbar} />;
}
