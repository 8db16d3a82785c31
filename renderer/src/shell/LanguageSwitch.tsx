import { useEffect, useState } from 'react';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, LANGUAGES, type UiLanguage } from '../i18n';
import { useSetUiPreferences, useUiPreferences } from '../lib/uiPreferences';

/** Applies the saved language (settings:getUi) at start and when another window changes it. */
export function useLanguageSync(): void {
  const { i18n } = useTranslation();
  const saved = useUiPreferences().data?.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
  useEffect(() => {
    const apply = (lng: string) => document.documentElement.setAttribute('lang', lng);
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const save = useSetUiPreferences();
  const active: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'id';
  // The radio shows the click at once: i18next re-renders the app a tick later, and a controlled
  // radio would meanwhile snap back to the old value (a flicker, and a failed check() in e2e).
  const [chosen, setChosen] = useState<UiLanguage | null>(null);

  const choose = (value: string) => {
    if (!isUiLanguage(value) || value === active) return;
    setChosen(value);
    // Switch at once; persist behind. On failure the hook restores the saved language, which
    // useLanguageSync applies.
    void i18n.changeLanguage(value);
    save.mutate({ language: value }, { onSettled: () => setChosen(null) });
  };

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      classNames={{ input: 'language-switch-input' }}
      value={chosen ?? active}
      onChange={choose}
      // Endonyms, identical in both languages, so the way back is always readable.
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
