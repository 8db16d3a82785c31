// After the answer: the coverage it produced, hak jawab / hak koreksi sent to an outlet (UU 40/1999
// Ps 5(2)-(3)), and turning the inquiry into a KIP request (its 10 working days count from receipt).
import { useState, type FormEvent } from 'react';
import { Button, Group, List, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { COVERAGE_TONES, PRESS_RIGHTS, type CoverageTone, type PressRight } from '../../../../shared/domain/inquiries';
import { DELIVERY_METHODS, ID_TYPES, type DeliveryMethod, type IdType } from '../../../../shared/domain/requests/fields';
import type { InquiryDetail } from '../../../../shared/ipc/channels/inquiries';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { useClientKey } from '../../api';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useAddCoverage, useAddPressRight, useConvertInquiry } from '../../lib/inquiries';

export function CoverageSection({ detail }: { detail: InquiryDetail }) {
  const { t } = useTranslation();
  const office = useOfficeNow();
  const add = useAddCoverage();
  const feedback = useFeedback();
  const [link, setLink] = useState('');
  const [publishedOn, setPublishedOn] = useState(office.today);
  const [tone, setTone] = useState<CoverageTone>('netral');
  const [clientKey, renewClientKey] = useClientKey();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    const onSuccess = () => {
      setLink('');
      renewClientKey();
    };
    add.mutate({ inquiryId: detail.id, link, publishedOn, tone, clientKey }, { onSuccess, onError: feedback.onError });
  };
  return (
    <Stack gap={6} component="section" aria-labelledby={`cov-${detail.id}`}>
      <Title order={3} size="h6" id={`cov-${detail.id}`}>
        {t('media.coverage.title')}
      </Title>
      {detail.coverage.length === 0 ? (
        <Text size="sm" c="gray.8">{t('media.coverage.none')}</Text>
      ) : (
        <List size="sm">
          {detail.coverage.map((c) => (
            <List.Item key={c.id}>
              {formatTanggal(c.publishedOn)} · {c.outlet} · {t(`media.tones.${c.tone}`)} {c.link && `· ${c.link}`}
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} aria-label={t('media.coverage.add')}>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput label={t('media.coverage.link')} value={link} onChange={(e) => setLink(e.currentTarget.value)} style={{ flex: 2 }} />
          <DateTimeField mode="date" label={t('media.coverage.publishedOn')} value={publishedOn} error={feedback.issues.publishedOn} onChange={setPublishedOn} />
          <NativeSelect label={t('media.coverage.tone')} value={tone} data={COVERAGE_TONES.map((v) => ({ value: v, label: t(`media.tones.${v}`) }))} onChange={(e) => setTone(e.currentTarget.value as CoverageTone)} />
          <Button type="submit" variant="default" loading={add.isPending}>{t('media.coverage.add')}</Button>
        </Group>
      </form>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}

export function PressRightSection({ detail }: { detail: InquiryDetail }) {
  const { t } = useTranslation();
  const office = useOfficeNow();
  const add = useAddPressRight();
  const feedback = useFeedback();
  const [kind, setKind] = useState<PressRight>('hak_jawab');
  const [sentOn, setSentOn] = useState(office.today);
  const [text, setText] = useState('');
  const [clientKey, renewClientKey] = useClientKey();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    const onSuccess = () => {
      setText('');
      renewClientKey();
    };
    add.mutate({ inquiryId: detail.id, kind, sentOn, text, clientKey }, { onSuccess, onError: feedback.onError });
  };
  return (
    <Stack gap={6} component="section" aria-labelledby={`rights-${detail.id}`}>
      <Title order={3} size="h6" id={`rights-${detail.id}`}>
        {t('media.rightsForm.title')}
      </Title>
      <List size="sm">
        {detail.pressRights.map((p) => (
          <List.Item key={p.id}>
            {t(`media.rights.${p.kind}`)} · {p.outlet} · {formatTanggal(p.sentOn)}
          </List.Item>
        ))}
      </List>
      <form onSubmit={submit} aria-label={t('media.rightsForm.title')}>
        <Stack gap={6}>
          <Group gap="xs" grow>
            <NativeSelect label={t('media.rightsForm.kind')} value={kind} data={PRESS_RIGHTS.map((v) => ({ value: v, label: t(`media.rights.${v}`) }))} onChange={(e) => setKind(e.currentTarget.value as PressRight)} />
            <DateTimeField mode="date" label={t('media.rightsForm.sentOn')} value={sentOn} error={feedback.issues.sentOn} onChange={setSentOn} />
          </Group>
          <Textarea label={t('media.rightsForm.text')} autosize minRows={2} value={text} error={feedback.issues.text} onChange={(e) => setText(e.currentTarget.value)} />
          <Group>
            <Button type="submit" variant="default" loading={add.isPending}>{t('media.rightsForm.add')}</Button>
          </Group>
        </Stack>
      </form>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}

export function ConvertSection({ detail }: { detail: InquiryDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const convert = useConvertInquiry();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [idType, setIdType] = useState<IdType>('nik');
  const [idNumber, setIdNumber] = useState('');
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState(detail.journalist.phone);
  const [purpose, setPurpose] = useState('');
  const [deliveryMethod, setDelivery] = useState<DeliveryMethod>(detail.journalist.email ? 'email' : 'ambil_langsung');
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>{t('media.convert.title')}</Button>
      </Group>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    convert.mutate(
      {
        id: detail.id,
        requester: { name: detail.journalist.name, idType, idNumber, address, phone, email: detail.journalist.email, occupation: `Wartawan ${detail.outlet.name}` },
        purpose,
        accessMethod: ['salinan_softcopy'],
        deliveryMethod,
      },
      { onSuccess: (out) => feedback.succeed(t('media.convert.done', { number: out.requestNumber })), onError: feedback.onError },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('media.convert.title')}>
      <Stack gap={6}>
        <Title order={3} size="h6">{t('media.convert.title')}</Title>
        <Text size="sm">{t('media.convert.intro')}</Text>
        <Group grow gap="xs">
          <NativeSelect label={t('media.convert.idType')} value={idType} data={ID_TYPES.map((v) => ({ value: v, label: v === 'nik' ? 'KTP (NIK)' : 'Badan hukum' }))} onChange={(e) => setIdType(e.currentTarget.value as IdType)} />
          <TextInput label={t('media.convert.idNumber')} value={idNumber} error={feedback.issues['requester.idNumber']} onChange={(e) => setIdNumber(e.currentTarget.value)} />
        </Group>
        <TextInput label={t('media.convert.address')} value={address} error={feedback.issues['requester.address']} onChange={(e) => setAddress(e.currentTarget.value)} />
        <TextInput label={t('media.convert.phone')} value={phone} error={feedback.issues['requester.phone']} onChange={(e) => setPhone(e.currentTarget.value)} />
        <TextInput label={t('media.convert.purpose')} value={purpose} error={feedback.issues.purpose} onChange={(e) => setPurpose(e.currentTarget.value)} />
        <NativeSelect label={t('media.convert.delivery')} value={deliveryMethod} data={DELIVERY_METHODS.map((v) => ({ value: v, label: t(`cases.delivery.${v}`, { defaultValue: v }) }))} onChange={(e) => setDelivery(e.currentTarget.value as DeliveryMethod)} />
        <Group>
          <Button type="submit" loading={convert.isPending}>{t('media.convert.submit')}</Button>
          {convert.data && (
            <Button variant="subtle" onClick={() => void navigate(`/?open=${convert.data.requestId}`)}>
              {t('media.detail.openRequest', { number: convert.data.requestNumber })}
            </Button>
          )}
        </Group>
        <FeedbackView message={feedback.message} failure={feedback.failure} />
      </Stack>
    </form>
  );
}
