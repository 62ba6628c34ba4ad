import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/settings';
import { de } from './de';
import { en } from './en';

// The UI language is not personal data; it is kept in the clear so the lock screen speaks it too.
const LANGUAGE_KEY = 'anlaufstelle.language';

export function storedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'de';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

void i18next.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = storedLanguage();

export const i18n = i18next;

export { localeOf } from './locale';
