// "Ajukan keberatan" from a request's detail pane: grounds Ps 35(1) a-g, case summary, when it was
// received (default now, office time) and the proxy. The backend decides whether it is allowed.
// Without a request (Keberatan › "Keberatan tanpa permohonan"): only the grounds that need none
// (shared/domain/requests/objectionGrounds.ts) can be ticked, and the objector is typed in.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { zoneLabel } from '../../../../shared/domain/clocks';
import { OBJECTION_GROUNDS, type ObjectionGround } from '../../../../shared/domain/requests/fields';
import { GROUNDS_WITHOUT_REQUEST } from '../../../../shared/domain/requests/objectionGrounds';
import type { ObjectionDetail } from '../../../../shared/ipc/channels/objections';
import { localInputToInstant } from '../officeTime';
import { DateTimeField } from '../../forms/DateTimeField';
import { localValueAt } from '../../forms/dateText';
import { useUnsaved } from '../../forms/unsaved';
import { useAppClock, useClientKey } from '../../api';
import { useCreateObjection } from './objectionCreateApi';
import { EMPTY_OBJECTOR, ObjectorFields, type ObjectorValues } from './ObjectorFields';

interface Props {
  /** Absent: an objection without a request, on the grounds that allow it. */
  requestId?: number;
  zone: string;
  onSaved: (detail: ObjectionDetail) => void;
  onError: (error: Error) => void;
  onInvalid: (issues: { path: string; message: string }[]) => void;
  onCancel: () => void;
  issues: Record<string, string>;
}

export function ObjectionCreateForm({ requestId, zone, onSaved, onError, onInvalid, onCancel, issues }: Props) {
  const { t } = useTranslation();
  const create = useCreateObjection();
  const [clientKey] = useClientKey();
  const withoutRequest = requestId === undefined;
  const [grounds, setGrounds] = useState<ObjectionGround[]>(withoutRequest ? [...GROUNDS_WITHOUT_REQUEST] : []);
  const [objector, setObjector] = useState<ObjectorValues>(EMPTY_OBJECTOR);
  const [caseSummary, setCaseSummary] = useState('');
  const clock = useAppClock();
  const [initial] = useState(() => localValueAt(clock.now(), zone, 'datetime'));
  const [registeredAt, setRegisteredAt] = useState(initial);
  const [proxyName, setProxyName] = useState('');
  const objectorTyped = Object.entries(objector).some(([k, v]) => k !== 'idType' && v.trim() !== '');
  const release = useUnsaved((!withoutRequest && grounds.length > 0) || objectorTyped || caseSummary.trim() !== '' || registeredAt !== initial || proxyName.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const instant = localInputToInstant(registeredAt, zone);
    if (instant === null) {
      onInvalid([{ path: 'registeredAt', message: t('objections.create.badDate') }]);
      return;
    }
    // Left at its default, the time is "now" to the second, as the backend takes it: a minute
    // rounded down could fall before a request received this same minute.
    const untouched = registeredAt === initial;
    const { information, purpose, ...identity } = objector;
    const subject = withoutRequest ? { objector: { ...identity, proxyName }, information, purpose } : { requestId };
    create.mutate(
      { ...subject, grounds, caseSummary, ...(untouched ? {} : { registeredAt: instant }), proxyName, clientKey },
      { onSuccess: (detail) => { release(); onSaved(detail); }, onError },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('objections.create.title')}>
      <Stack gap="xs">
        <Text size="sm" c="gray.8">
          {t(withoutRequest ? 'objections.create.withoutRequestHelp' : 'objections.create.help')}
        </Text>
        <Checkbox.Group
          label={t('objections.create.grounds')}
          value={grounds}
          onChange={(v) => setGrounds(v as ObjectionGround[])}
          error={issues.grounds ?? issues.requestId ?? Object.entries(issues).find(([k]) => k.startsWith('grounds.'))?.[1]}
          withAsterisk
        >
          <Stack gap={6} mt={6}>
            {OBJECTION_GROUNDS.map((g, i) => {
              // Without a request only some grounds stand (UU KIP Ps 35(1)); the others say why they are off.
              const off = withoutRequest && !GROUNDS_WITHOUT_REQUEST.includes(g);
              const label = off ? `${t(`objections.grounds.${g}`)} (${t('objections.create.needsRequest')})` : t(`objections.grounds.${g}`);
              return <Checkbox key={g} value={g} label={label} disabled={off} data-autofocus={(!withoutRequest && i === 0) || undefined} autoFocus={!withoutRequest && i === 0} />;
            })}
          </Stack>
        </Checkbox.Group>
        {withoutRequest && (
          <>
            <Text size="sm" fw={600}>
              {t('objections.create.objector')}
            </Text>
            <ObjectorFields value={objector} onChange={setObjector} issues={issues} />
          </>
        )}
        <Textarea
          label={t('objections.create.caseSummary')}
          value={caseSummary}
          onChange={(e) => setCaseSummary(e.currentTarget.value)}
          error={issues.caseSummary}
          autosize
          minRows={3}
          withAsterisk
        />
        <DateTimeField
          label={t('objections.create.registeredAt')}
          description={t('objections.create.registeredHelp', { zone: zoneLabel(zone) })}
          zone={zone}
          value={registeredAt}
          onChange={setRegisteredAt}
          error={issues.registeredAt}
          withAsterisk
        />
        <TextInput label={t('objections.create.proxyName')} value={proxyName} onChange={(e) => setProxyName(e.currentTarget.value)} error={issues.proxyName} />
        <Group gap="sm">
          <Button type="submit" size="sm" loading={create.isPending}>
            {t('objections.create.submit')}
          </Button>
          <Button variant="default" size="sm" onClick={onCancel}>
            {t('objections.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
