/**
 * The interface's English messages for scripts run outside the app, which cannot use the
 * build step that compiles them: the problems in a curated file read as they do in the app.
 */
import { i18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import interfaceMessages from '../../src/i18n/locales/en.json';
import problemMessages from '../../src/i18n/problems/en.json';
import featureMessages from '../../src/i18n/features/en.json';

i18n.setMessagesCompiler(compileMessage);
i18n.loadAndActivate({
  locale: 'en',
  messages: { ...interfaceMessages, ...problemMessages, ...featureMessages },
});
