import { useLingui } from '@lingui/react';

export { I18nProvider } from '@lingui/react';

/**
 * The active language's messages, for a component: it renders again when the language changes.
 * `t('id', { count })` formats an ICU message; `locale` keys what is computed from text.
 */
export function useT() {
  const { i18n, _ } = useLingui();
  return Object.assign(_, { locale: i18n.locale }) as typeof _ & { locale: string };
}
