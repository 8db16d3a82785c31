import { useState } from 'react';
import { Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/settings/officeProfile';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { PageHeading } from '../../shell/PageHeading';
import { useOfficeProfile } from '../../lib/officeProfile';
import { IntakeForm } from './IntakeForm';
import { IntakeSuccess } from './IntakeSuccess';

/** #/requests/new: log a request in a minute, then read the number and due date to the requester. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useOfficeProfile();
  const [saved, setSaved] = useState<{ detail: RequestDetail; printReceipt: boolean } | null>(null);
  // A new form (fresh defaults, fresh "now") after each saved request.
  const [round, setRound] = useState(0);
  const zone = profile.data?.timeZone ?? DEFAULT_TIME_ZONE;

  return (
    <>
      <PageHeading>{t('cases.intake.title')}</PageHeading>
      <span id="intake-title" hidden>
        {t('cases.intake.title')}
      </span>
      {saved ? (
        <IntakeSuccess
          detail={saved.detail}
          printReceipt={saved.printReceipt}
          onOpen={() => void navigate(`/?open=${saved.detail.id}`)}
          onAnother={() => {
            setSaved(null);
            setRound((n) => n + 1);
          }}
        />
      ) : profile.isPending ? (
        <Text>{t('app.loading')}</Text>
      ) : (
        <>
          <Text size="sm" mb="md" maw={900}>
            {t('cases.intake.intro')}
          </Text>
          <IntakeForm key={round} zone={zone} onSaved={(detail, options) => setSaved({ detail, printReceipt: options.printReceipt })} />
        </>
      )}
    </>
  );
}
