import { useTranslation } from 'react-i18next';

/** Field names as people read them ("Apellido paterno"), in the console's language. */
export function useFieldLabel(): (field: string) => string {
  const { t, i18n } = useTranslation();
  return (field) => (i18n.exists(`fields.${field}`) ? t(`fields.${field}`) : field);
}
