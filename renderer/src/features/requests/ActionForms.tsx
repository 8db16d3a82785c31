// The small inline forms of the detail pane's actions: one text (reason/note) plus optional selects.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISIONS, HELD_STATUSES, WAITING_REASONS } from '../../../../shared/domain/requests';
import { PS17_LABEL, PS17_LETTERS, type Ps17Letter } from '../../../../shared/domain/requests/fields';
import type { TransitionInput } from '../../../../shared/ipc/channels/requests';
import { useUnsaved } from '../../forms/unsaved';
import { useTariff } from '../../lib/tariff';
import { costItemsOf, TariffCostFields, type Quantities } from './TariffCostFields';
import { ConsequenceFields, consequenceInput, EMPTY_CONSEQUENCE, type ConsequenceForm } from './ConsequenceFields';

export type ActionMode = 'extend' | 'wait' | 'answer' | 'withdraw' | 'reopen';
export type ActionSubmit = TransitionInput | { extend: string } | { reopen: string };

interface Props {
  mode: ActionMode;
  id: number;
  pending: boolean;
  /** Issues from the server, by field path. */
  issues: Record<string, string>;
  onSubmit: (input: ActionSubmit) => void;
  onCancel: () => void;
}

export function ActionForm({ mode, id, pending, issues, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [text2, setText2] = useState('');
  const [waitReason, setWaitReason] = useState<(typeof WAITING_REASONS)[number]>('kelengkapan');
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>('diterima_seluruhnya');
  const [held, setHeld] = useState<(typeof HELD_STATUSES)[number]>('dikuasai');
  // UU KIP Ps 17 huruf a-j: the exemption each withheld part rests on (several may apply).
  const [ps17, setPs17] = useState<Ps17Letter[]>([]);
  // The uji konsekuensi in its steps (Perki 1/2021 Ps 49(2)), as the archive's classification has them.
  const [steps, setSteps] = useState<ConsequenceForm>(EMPTY_CONSEQUENCE);
  // A granted answer may carry the copying fee (Perki 1/2010 Ps 27-28), so the written notice
  // states it (item g): quantities of tariff items, or an amount when the tariff is empty.
  const tariff = useTariff(mode === 'answer').data;
  const byTariff = tariff !== undefined && tariff.items.length > 0;
  const [quantities, setQuantities] = useState<Quantities>({});
  const [amount, setAmount] = useState('');
  const [costProblem, setCostProblem] = useState<{ id: number; message: string } | null>(null);
  const charges = mode === 'answer' && decision !== 'ditolak' && held === 'dikuasai';
  useUnsaved(!pending && (text.trim() !== '' || text2.trim() !== '' || ps17.length > 0 || amount.trim() !== '' || Object.values(quantities).some((q) => q.trim() !== '')));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'extend') onSubmit({ extend: text });
    else if (mode === 'reopen') onSubmit({ reopen: text });
    else if (mode === 'wait') onSubmit({ id, to: 'waiting_requester', waitingReason: waitReason, note: text });
    else if (mode === 'withdraw') onSubmit({ id, to: 'withdrawn', note: text });
    else {
      const withholds = decision !== 'diterima_seluruhnya' && held === 'dikuasai';
      const asked = charges && byTariff ? costItemsOf(tariff, quantities) : { items: [] };
      if ('invalid' in asked) return setCostProblem({ id: asked.invalid, message: t('tariff.quantityInvalid') });
      const typed = charges && !byTariff ? amount.trim() : '';
      if (typed !== '' && !/^\d+$/.test(typed)) return setCostProblem({ id: 0, message: t('closing.costInvalid') });
      setCostProblem(null);
      onSubmit({
        id,
        to: 'answered',
        decision,
        heldStatus: held,
        ...(held === 'dikuasai_badan_lain' ? { heldBy: text2 } : {}),
        ...(withholds ? { consequenceTest: text, refusalOtherLaw: text2, refusalPs17: PS17_LETTERS.filter((l) => ps17.includes(l)), ...consequenceInput(steps) } : {}),
        ...(asked.items.length > 0 ? { costItems: asked.items } : {}),
        ...(typed !== '' ? { costRp: Number(typed) } : {}),
      });
    }
  };

  const label = {
    extend: t('cases.actions.reason'),
    wait: t('cases.actions.waitNote'),
    withdraw: t('cases.actions.withdrawNote'),
    answer: t('cases.consequence.note'),
    reopen: t('closing.reopenReason'),
  }[mode];
  const confirm = {
    extend: t('cases.actions.confirmExtend'),
    wait: t('cases.actions.confirmWait'),
    withdraw: t('cases.actions.confirmWithdraw'),
    answer: t('cases.actions.confirmAnswer'),
    reopen: t('closing.confirmReopen'),
  }[mode];
  const textPath = { extend: 'reason', wait: 'note', withdraw: 'note', answer: 'consequenceTest', reopen: 'reason' }[mode];
  const answerNeedsText = mode === 'answer' && decision !== 'diterima_seluruhnya' && held === 'dikuasai';
  let extra: ReactNode = null;
  if (mode === 'wait') {
    extra = (
      <NativeSelect
        label={t('cases.actions.waitReason')}
        value={waitReason}
        data={WAITING_REASONS.map((r) => ({ value: r, label: t(`cases.actions.waitReasons.${r}`) }))}
        onChange={(e) => setWaitReason(e.currentTarget.value as typeof waitReason)}
        error={issues.waitingReason}
      />
    );
  } else if (mode === 'answer') {
    extra = (
      <>
        <NativeSelect
          label={t('cases.actions.decision')}
          value={decision}
          data={DECISIONS.map((d) => ({ value: d, label: t(`cases.actions.decisions.${d}`) }))}
          onChange={(e) => setDecision(e.currentTarget.value as typeof decision)}
          error={issues.decision}
        />
        <NativeSelect
          label={t('cases.actions.heldStatus')}
          value={held}
          data={HELD_STATUSES.map((h) => ({ value: h, label: t(`cases.actions.held.${h}`) }))}
          onChange={(e) => setHeld(e.currentTarget.value as typeof held)}
          error={issues.heldStatus}
        />
        {answerNeedsText && (
          <Checkbox.Group
            label={t('cases.actions.refusalPs17')}
            description={t('cases.actions.refusalPs17Help')}
            value={ps17}
            onChange={(v) => setPs17(v as Ps17Letter[])}
            error={issues.refusalPs17}
          >
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing={4} mt={4}>
              {PS17_LETTERS.map((l) => (
                <Checkbox key={l} value={l} size="xs" label={`${t('cases.actions.ps17Letter', { letter: l })}: ${PS17_LABEL[l]}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
        {(held === 'dikuasai_badan_lain' || answerNeedsText) && (
          <Textarea
            label={held === 'dikuasai_badan_lain' ? t('cases.actions.heldBy') : t('cases.actions.refusalOtherLaw')}
            value={text2}
            onChange={(e) => setText2(e.currentTarget.value)}
            error={issues.heldBy ?? issues.refusalOtherLaw}
            autosize
            minRows={1}
          />
        )}
        {answerNeedsText && (
          <ConsequenceFields
            requestId={id}
            value={steps}
            onChange={setSteps}
            onDraft={(d) => {
              if (ps17.length === 0) setPs17(d.refusalPs17);
              if (text2.trim() === '') setText2(d.refusalOtherLaw);
            }}
            issues={issues}
          />
        )}
        {charges && byTariff && (
          <TariffCostFields tariff={tariff} quantities={quantities} onChange={setQuantities} problem={costProblem} error={issues.costItems ?? issues.costRp} />
        )}
        {charges && tariff !== undefined && !byTariff && (
          <TextInput
            label={t('closing.cost')}
            description={t('closing.costHelp')}
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={costProblem?.id === 0 ? costProblem.message : issues.costRp}
          />
        )}
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {(mode === 'extend' || mode === 'reopen') && (
          <Text size="sm" c="gray.8">
            {mode === 'extend' ? t('cases.actions.extendHelp') : t('closing.reopenHelp')}
          </Text>
        )}
        {extra}
        {(mode !== 'answer' || answerNeedsText) && (
          <Textarea
            label={label}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={issues[textPath]}
            autosize
            minRows={2}
            data-autofocus
            autoFocus
          />
        )}
        <Group gap="sm">
          <Button type="submit" size="sm" loading={pending}>
            {confirm}
          </Button>
          <Button variant="default" size="sm" onClick={onCancel}>
            {t('cases.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
