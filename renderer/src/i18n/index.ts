import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES } from '../../../shared/ipc/channels/settings';
import { id, type Messages } from './id';
import { en } from './en';

export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const LANGUAGES = UI_LANGUAGES;
export const DEFAULT_LANGUAGE: UiLanguage = 'id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/**
 * One i18next instance per mounted app (not the global singleton), so tests stay isolated.
 * Resources are bundled and init is synchronous: the first paint is already translated.
 */
export function createI18n(language: UiLanguage = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  return instance;
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (LANGUAGES as readonly string[]).includes(value);
}
