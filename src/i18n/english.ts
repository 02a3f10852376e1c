import { i18n } from '@lingui/core';
import { messages } from './locales/en.json?lingui';

/** English, built into the app: the first language and every message's fallback. */
i18n.load('en', messages);
i18n.activate('en');
