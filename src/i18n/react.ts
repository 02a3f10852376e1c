import { useMemo } from 'react';
import { useLingui } from '@lingui/react';

export { I18nProvider } from '@lingui/react';

/**
 * The active language's messages, for a component: it renders again when the language changes.
 * `t('id', { count })` formats an ICU message; `t.locale` keys what is computed from text.
 */
export function useT() {
  const { i18n, _ } = useLingui();
  const locale = i18n.locale;
  return useMemo(
    () =>
      Object.assign((id: string, values?: Record<string, unknown>) => _(id, values), { locale }),
    [_, locale],
  );
}
