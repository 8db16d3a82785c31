import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportItem } from '../../../../shared/ipc/channels/archive';
import { coreMessageIn } from '../../i18n/coreMessages';

type WithReason = Pick<ImportItem, 'reason' | 'reasonCode' | 'reasonParams' | 'notes'>;

/**
 * Why a file got its verdict, in the UI language: from the reason's code when there is one (the
 * core's Indonesian sentence otherwise), then the import notes. The library's raw words (`detail`)
 * are never shown here.
 */
export function reasonText(t: TFunction, item: WithReason, language: string): string {
  const reason = item.reasonCode ? t(`archive.reasons.${item.reasonCode}`, { ...item.reasonParams }) : item.reason;
  return [reason === null ? null : coreMessageIn(language, reason), ...item.notes.map((note) => coreMessageIn(language, note))].filter(Boolean).join(' ');
}

export function ReasonText({ item }: { item: WithReason }) {
  const { t, i18n } = useTranslation();
  return <>{reasonText(t, item, i18n.language)}</>;
}
