import { Alert, Anchor, Divider, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { FieldTable, PaneFrame, PaneHeading, PaneQuery } from '../../lib/cases/DetailShell';
import { useRequest } from './api';
import { CostLines } from './CostLines';
import { DeadlinePanel } from '../../lib/cases/DeadlinePanel';
import { ExportRequesterData } from './ExportRequesterData';
import { NikField } from './NikField';
import { localParts } from '../../lib/officeTime';
import { RequestActions } from './RequestActions';
import { TimelineList } from './TimelineList';
import { LettersPanel } from '../../lib/letters/LettersPanel';
import { LinkedDocuments } from './LinkedDocuments';
import { useInquiryForRequest } from '../../lib/inquiries';

/** The right-hand pane of the inbox: one request, its deadline, its history and what can be done. */
export function RequestDetailPane({ id, onClose }: { id: number; onClose: () => void }) {
  const query = useRequest(id);
  return (
    <PaneFrame onClose={onClose}>
      <PaneQuery query={query}>{(detail) => <DetailBody detail={detail} />}</PaneQuery>
    </PaneFrame>
  );
}

function DetailBody({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const received = localParts(detail.receivedAt, detail.zone);
  const r = detail.requester;
  const origin = useInquiryForRequest(detail.id).data;
  const rows: [string, React.ReactNode][] = [
    [t('cases.detail.status'), t(`cases.statuses.${detail.status}`)],
    [t('cases.detail.receivedAt'), `${formatTanggal(received.date)} ${received.time}`],
    [t('cases.detail.channel'), t(`cases.channels.${detail.channel}`)],
    // A request converted from a journalist's question (Meja media): the way back to it.
    ...(origin
      ? ([
          [
            t('cases.detail.origin'),
            <Anchor key="origin" component={Link} to={`/media?open=${origin.inquiryId}`}>
              {t('cases.detail.fromInquiry', { number: origin.number })}
            </Anchor>,
          ],
        ] as [string, React.ReactNode][])
      : []),
    [t('cases.detail.requester'), r.proxyName ? `${r.name} (kuasa: ${r.proxyName})` : r.name],
    [t('cases.detail.idNumber'), <NikField key="nik" detail={detail} />],
    [t('cases.detail.address'), r.address],
    [t('cases.detail.phone'), r.phone],
    [t('cases.detail.email'), r.email || t('cases.detail.none')],
    [t('cases.detail.occupation'), r.occupation || t('cases.detail.none')],
    [t('cases.detail.information'), detail.information],
    [t('cases.detail.purpose'), detail.purpose],
    [t('cases.detail.accessMethod'), detail.accessMethod.map((m) => t(`cases.access.${m}`)).join(', ')],
    [t('cases.detail.deliveryMethod'), t(`cases.delivery.${detail.deliveryMethod}`)],
    [t('cases.detail.unit'), detail.unit || t('cases.detail.none')],
    [t('cases.detail.officer'), detail.officer || t('cases.detail.none')],
    [t('cases.detail.originalDue'), formatTanggal(detail.dueDate)],
  ];
  if (detail.decision) rows.push([t('closing.rows.decision'), t(`cases.actions.decisions.${detail.decision}`)]);
  if (detail.noticeDate) rows.push([t('closing.rows.noticeDate'), formatTanggal(detail.noticeDate)]);
  if (detail.deliveredDate) rows.push([t('closing.rows.deliveredDate'), formatTanggal(detail.deliveredDate)]);
  if (detail.costRp !== null) rows.push([t('closing.rows.cost'), `Rp${detail.costRp.toLocaleString('id-ID')}`]);
  if (detail.paymentMethod) rows.push([t('closing.rows.payment'), t(`closing.paymentMethods.${detail.paymentMethod}`, { defaultValue: detail.paymentMethod })]);
  // Perki 1/2021 Ps 24: the desk sees the requester's needs before handing anything over.
  const needs = [
    ...detail.accessibilityNeeds.filter((n) => n !== 'lainnya').map((n) => t(`cases.intake.accessibility.${n}`)),
    ...(detail.accessibilityNote ? [detail.accessibilityNote] : []),
    ...(detail.accessibleFormat ? [t('cases.intake.fields.accessibleFormat')] : []),
  ];
  if (needs.length > 0) rows.push([t('cases.accessibilityRow'), needs.join(', ')]);
  if (detail.extendedDueDate) {
    rows.push([t('cases.detail.extendedDue'), formatTanggal(detail.extendedDueDate)]);
    rows.push([t('cases.detail.extensionReason'), detail.extensionReason ?? '']);
  }
  return (
    <Stack gap="sm">
      <PaneHeading kind={t('cases.kinds.request')} number={detail.number} due={detail.currentDueDate} standing={detail.standing} />
      {detail.standing === null && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">{t('closing.closedNotice', { status: t(`cases.statuses.${detail.status}`) })}</Text>
        </Alert>
      )}
      <RequestActions detail={detail} />
      <Divider />
      <LettersPanel caseKind="request" caseId={detail.id} />
      <LinkedDocuments requestId={detail.id} />
      <Divider />
      <FieldTable rows={rows} />
      {/* Priced from the tariff: the lines behind the total, full width so amounts never break. */}
      {detail.costRp !== null && detail.costItems.length > 0 && <CostLines lines={detail.costItems} total={detail.costRp} />}
      <ExportRequesterData detail={detail} />
      <Divider />
      <DeadlinePanel kind="request" id={detail.id} />
      <Divider />
      <TimelineList id={detail.id} zone={detail.zone} />
    </Stack>
  );
}
