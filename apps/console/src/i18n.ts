import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';

const LANGUAGE_KEY = 'frontera.language';
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language chosen before on this browser, else the browser's own (Spanish unless it is English). */
function initialLanguage(): Language {
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  if (chosen === 'es' || chosen === 'en') return chosen;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function setupI18n() {
  void i18next.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'es',
    interpolation: { escapeValue: false },
  });
  const apply = (language: string) => {
    document.documentElement.lang = language === 'en' ? 'en' : 'es-MX';
  };
  apply(i18next.language);
  i18next.on('languageChanged', apply);
  return i18next;
}

/** Switches the console's language and remembers the choice on this browser. */
export function chooseLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
}
