// "Pertanyaan baru": a journalist's question logged in under a minute, keyboard only. Checked with
// the same zod schema as the core (Indonesian messages); problems listed above the form and on
// each field. Times are office-local (WITA) whatever zone the PC is set to.
import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWER_FORMATS, INQUIRY_CHANNELS, OUTLET_TYPES, PRIORITIES, RECORD_MODES } from '../../../../shared/domain/inquiries';
import { contract } from '../../../../shared/ipc/contract';
import { isApiError, isUnreachable, useClientKey } from '../../api';
import { ErrorSummary, type SummaryItem } from '../../shell/ErrorSummary';
import { hoursText } from '../../lib/cases/DueBadge';
import { localInputToInstant } from '../../lib/officeTime';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useUnsaved } from '../../forms/unsaved';
import { useCreateInquiry } from '../../lib/inquiries';
import { SavedNotice } from '../../forms/SavedNotice';

type Field = 'receivedAt' | 'channel' | 'journalist.name' | 'journalist.outlet' | 'journalist.outletType' | 'journalist.phone' | 'journalist.email' | 'topic' | 'question' | 'deadlineAt' | 'priority' | 'format' | 'recordMode';
export const fieldId = (path: string) => `inquiry-${path.replace(/\./g, '-') || 'form'}`;

export function InquiryForm({ onSaved }: { onSaved?: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const office = useOfficeNow();
  const zone = office.zone;
  const create = useCreateInquiry();
  // The form stays open for the next question: a fresh key after each saved one.
  const [clientKey, renewClientKey] = useClientKey();
  const [initial] = useState(office.nowLocal);
  const empty = (): Record<Field, string> => ({
    receivedAt: initial, channel: 'whatsapp', 'journalist.name': '', 'journalist.outlet': '', 'journalist.outletType': 'online',
    'journalist.phone': '', 'journalist.email': '', topic: '', question: '', deadlineAt: '', priority: 'biasa', format: 'tertulis', recordMode: 'on_record',
  });
  const [values, setValues] = useState(empty);
  const [pristine] = useState(values);
  useUnsaved(JSON.stringify(values) !== JSON.stringify(pristine) && !create.isPending);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const issue = (path: string) => problems.find((p) => p.path === path)?.message;
  // A corrected field stops being marked at once; the summary follows.
  const clear = (path: string) => setProblems((list) => (list.some((p) => p.path === path) ? list.filter((p) => p.path !== path) : list));

  const show = (items: SummaryItem[]) => {
    setProblems(items);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const received = values.receivedAt === initial ? undefined : localInputToInstant(values.receivedAt, zone);
    const deadline = values.deadlineAt === '' ? undefined : localInputToInstant(values.deadlineAt, zone);
    const early: SummaryItem[] = [];
    if (received === null) early.push({ path: 'receivedAt', message: t('media.form.badDate') });
    if (deadline === null) early.push({ path: 'deadlineAt', message: t('media.form.badDate') });
    const input = {
      ...(received ? { receivedAt: received } : {}),
      ...(deadline ? { deadlineAt: deadline } : {}),
      channel: values.channel,
      journalist: { name: values['journalist.name'], outlet: values['journalist.outlet'], outletType: values['journalist.outletType'], phone: values['journalist.phone'], email: values['journalist.email'] },
      topic: values.topic,
      question: values.question,
      priority: values.priority,
      format: values.format,
      recordMode: values.recordMode,
      clientKey,
    };
    const parsed = contract['inquiries:create'].input.safeParse(input);
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    if (early.length > 0 || !parsed.success) return show([...early, ...issues]);
    create.mutate(parsed.data, {
      onSuccess: (detail) => {
        setProblems([]);
        setValues(empty());
        renewClientKey();
        setNotice(t('media.form.saved', { number: detail.number, left: hoursText(i18n.language, detail.minutesLeft ?? 0) }));
        onSaved?.(detail.id);
      },
      onError: (error) => {
        if (isApiError(error) && error.issues.length > 0) return show(error.issues);
        show([{ path: '', message: isUnreachable(error) ? t('errors.unreachable') : error.message }]);
      },
    });
  };

  const dateTime = (name: 'receivedAt' | 'deadlineAt', label: string, required = false) => (
    <DateTimeField
      id={fieldId(name)}
      label={label}
      zone={zone}
      withAsterisk={required}
      value={values[name]}
      error={issue(name)}
      onChange={(value) => {
        setValues((v) => ({ ...v, [name]: value }));
        clear(name);
      }}
    />
  );
  const text = (name: Field, label: string, extra: { type?: string; required?: boolean } = {}) => (
    <TextInput
      id={fieldId(name)}
      label={label}
      type={extra.type ?? 'text'}
      withAsterisk={extra.required}
      value={values[name]}
      error={issue(name)}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
        clear(name);
      }}
    />
  );
  const select = (name: Field, label: string, options: readonly string[], labelOf: (o: string) => string) => (
    <NativeSelect
      id={fieldId(name)}
      // The first field takes the cursor when the page opens on this form (Shift+N from a list).
      data-page-autofocus={name === 'priority' || undefined}
      label={label}
      value={values[name]}
      error={issue(name)}
      data={options.map((o) => ({ value: o, label: labelOf(o) }))}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
        clear(name);
      }}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('media.form.title')}>
      <Stack gap="sm" maw={900}>
        {problems.length > 0 && <ErrorSummary ref={summaryRef} items={problems} title={t('media.form.errorsTitle')} fieldId={fieldId} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {select('priority', t('media.form.priority'), PRIORITIES, (o) => t(`media.priorities.${o as 'biasa'}`))}
          {select('channel', t('media.form.channel'), INQUIRY_CHANNELS, (o) => t(`media.channels.${o as 'whatsapp'}`))}
          {dateTime('receivedAt', t('media.form.receivedAt'), true)}
          {text('journalist.name', t('media.form.journalist'), { required: true })}
          {text('journalist.outlet', t('media.form.outlet'), { required: true })}
          {select('journalist.outletType', t('media.form.outletType'), OUTLET_TYPES, (o) => t(`media.outletTypes.${o as 'cetak'}`))}
          {text('journalist.phone', t('media.form.phone'), { type: 'tel' })}
          {text('journalist.email', t('media.form.email'), { type: 'email' })}
          {dateTime('deadlineAt', t('media.form.deadlineAt'))}
        </SimpleGrid>
        {text('topic', t('media.form.topic'), { required: true })}
        <Textarea
          id={fieldId('question')}
          label={t('media.form.question')}
          withAsterisk
          autosize
          minRows={3}
          value={values.question}
          error={issue('question')}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((v) => ({ ...v, question: value }));
            clear('question');
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {select('format', t('media.form.format'), ANSWER_FORMATS, (o) => t(`media.formats.${o as 'tertulis'}`))}
          {select('recordMode', t('media.form.recordMode'), RECORD_MODES, (o) => t(`media.recordModes.${o as 'on_record'}`))}
        </SimpleGrid>
        <SavedNotice notice={notice} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('media.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
