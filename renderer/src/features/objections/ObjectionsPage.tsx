import { useEffect, useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseInbox } from '../../lib/cases/CaseInbox';
import { CaseRegister } from '../../lib/cases/CaseRegister';
import { ObjectionCreateForm } from '../../lib/cases/ObjectionCreateForm';
import { ObjectionDetailPane } from './ObjectionDetailPane';
import { DisputeDetailPane } from './DisputeDetailPane';
import { useFeedback } from '../../lib/feedback';
import { useOfficeZone } from '../../lib/officeZone';

type Kind = 'objection' | 'dispute';
const PANES = { objection: ObjectionDetailPane, dispute: DisputeDetailPane };

/**
 * Keberatan (#/objections): the register of every objection (Atasan's 30 working days, UU KIP Ps
 * 36(2)), decided ones included, and the open disputes at the Komisi Informasi (Ps 37-38) in the
 * inbox list by deadline. An objection without a request (Ps 35(1) huruf b) is recorded here.
 */
export function ObjectionsPage() {
  const { t } = useTranslation();
  // ?view=dispute&open=ID: a dispute linked from elsewhere (Laporan's drill-down).
  const [params, setParams] = useSearchParams();
  const [kind, setKind] = useState<Kind>(params.get('view') === 'dispute' ? 'dispute' : 'objection');
  const [creating, setCreating] = useState(false);
  // The register reads ?open= when it mounts: a new key opens the objection just recorded.
  const [opened, setOpened] = useState(0);
  const [justSaved, setJustSaved] = useState<number | null>(null);
  useEffect(() => {
    // Remount only once the URL carries the new id, so the register opens its pane.
    if (justSaved !== null && params.get('open') === String(justSaved)) {
      setJustSaved(null);
      setOpened((n) => n + 1);
    }
  }, [justSaved, params]);
  const zone = useOfficeZone();
  const feedback = useFeedback();
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
  if (kind === 'dispute') return <CaseInbox key={kind} panes={PANES} title={t('nav.objections')} fixedKind={kind} toolbar={toolbar} />;
  const action = (
    <Button size="xs" variant="light" onClick={() => (feedback.reset(), setCreating(true))}>
      {t('objections.create.withoutRequest')}
    </Button>
  );
  return (
    <>
      <CaseRegister key={`${kind}-${opened}`} kind="objection" panes={PANES} title={t('nav.objections')} toolbar={toolbar} action={action} />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('objections.create.withoutRequestTitle')} size="lg">
        {feedback.failure && (
          <Text size="sm" c="red.9" role="alert" mb="xs">
            {feedback.failure}
          </Text>
        )}
        <ObjectionCreateForm
          zone={zone}
          issues={feedback.issues}
          onSaved={(saved) => {
            setCreating(false);
            setParams({ open: String(saved.id) }, { replace: true });
            setJustSaved(saved.id);
          }}
          onError={feedback.onError}
          onInvalid={feedback.invalid}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
}
