// Parsing and validating a large file takes seconds; here it does not hold up the page.
import { handleParseRequest, type ParseRequest } from './parseProtocol';

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(handleParseRequest(event.data));
};
