// Parsing and validating a large file takes seconds; here it does not hold up the page.
import { i18n } from '@lingui/core';
import { isLocale } from '../i18n/locales';
import { loadProblemMessages } from '../i18n/problems';
import { setSchemaLanguage } from '../domain/schemaLanguage';
import { handleParseRequest, type ParseRequest } from './parseProtocol';

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  // Problems are written in the language of the page that asked; only their catalog is needed.
  const locale = isLocale(event.data.locale) ? event.data.locale : 'en';
  await Promise.all([loadProblemMessages(locale), setSchemaLanguage(locale)]);
  i18n.activate(locale);
  self.postMessage(handleParseRequest(event.data));
};
