// The one date (and date-time) input of the app: a text field showing dd/mm/yyyy and 24-hour
// HH:mm with the office's zone beside it, the same in every browser language. A native
// <input type="date|datetime-local"> shows the browser's format instead ("12/03/2026, 05:14 PM"
// in an English Chromium, which an officer reads as 12 March) and costs a Tab per part.
//
// The value the form holds is machine-shaped: 'YYYY-MM-DD' (mode date) or office-local
// 'YYYY-MM-DDTHH:mm' (mode datetime) once the text is a real date, '' when blank, and the text as
// typed otherwise (so the form's own check refuses it; the field says why in Indonesian).
import { forwardRef, useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { zoneLabel } from '../../../shared/domain/clocks';
import { formatDateText, maskTyping, parseDateText, stepDateText, type DateMode, type Parsed } from './dateText';

export interface DateTimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'defaultValue'> {
  /** 'datetime' (default): dd/mm/yyyy HH:mm; 'date': dd/mm/yyyy. */
  mode?: DateMode;
  value: string;
  onChange: (value: string) => void;
  /** The office's IANA zone; its label (WITA) is shown beside a date-time. */
  zone?: string;
}

/** What the form holds for a text: the machine value when it parses, '' when blank, else the text. */
export function dateFieldValue(text: string, mode: DateMode): string {
  if (text.trim() === '') return '';
  const parsed = parseDateText(text, mode);
  return parsed.ok ? parsed.value : text;
}

export const DateTimeField = forwardRef<HTMLInputElement, DateTimeFieldProps>(function DateTimeField(
  { mode = 'datetime', value, onChange, zone, error, description, placeholder, onBlur, onKeyDown, ...rest },
  ref,
) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatDateText(value, mode));
  const [blurred, setBlurred] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const merged = useMergedRef(ref, input);

  // A value set from outside (a reset, a new default) replaces the text; our own echo does not.
  useEffect(() => {
    if (dateFieldValue(text, mode) !== value) setText(formatDateText(value, mode));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    onChange(dateFieldValue(next, mode));
  };

  const parsed: Parsed | null = text.trim() === '' ? null : parseDateText(text, mode);
  // The field's own reason wins over the form's: the form only knows the value is not a date.
  const problem = parsed && !parsed.ok && (blurred || Boolean(error)) ? parsed.problem : null;
  const ownError =
    problem === 'noSuchDate'
      ? t('forms.date.noSuchDate', { text: text.trim() })
      : problem === 'time'
        ? t('forms.date.time')
        : problem === 'format'
          ? t(mode === 'date' ? 'forms.date.format' : 'forms.date.formatDateTime')
          : null;

  const zoneText = mode === 'datetime' && zone ? zoneLabel(zone) : null;
  const help =
    description ?? (mode === 'date' ? t('forms.date.helpDate') : t('forms.date.helpDateTime', { zone: zoneText ?? '' }));

  return (
    <TextInput
      {...rest}
      ref={merged}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      value={text}
      placeholder={placeholder ?? (mode === 'date' ? t('forms.date.placeholderDate') : t('forms.date.placeholderDateTime'))}
      description={help}
      error={ownError ?? error}
      rightSection={zoneText ? <span className="date-field-zone">{zoneText}</span> : undefined}
      rightSectionWidth={zoneText ? 52 : undefined}
      rightSectionPointerEvents="none"
      onChange={(e: ChangeEvent<HTMLInputElement>) => change(maskTyping(text, e.currentTarget.value, mode))}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        setBlurred(true);
        if (parsed?.ok) setText(formatDateText(parsed.value, mode));
        onBlur?.(e);
      }}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        onKeyDown?.(e);
        if (e.defaultPrevented || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return;
        const el = e.currentTarget;
        const stepped = stepDateText(text, el.selectionStart ?? text.length, e.key === 'ArrowUp' ? 1 : -1, mode);
        if (!stepped) return;
        e.preventDefault();
        change(stepped.text);
        requestAnimationFrame(() => input.current?.setSelectionRange(stepped.caret, stepped.caret));
      }}
    />
  );
});
