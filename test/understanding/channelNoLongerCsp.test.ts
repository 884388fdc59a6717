// A partner that lost its CSP status («статус CSP отозвали», «она больше не CSP») is still another
// CSP partner; the «не» of «не CSP» is that mention's own and reaches no further (an unpunctuated
// «…не CSP мы непрямой реселлер» still states the partner's role).
import { checkKind } from './kindCheck';

describe('kind: channel words, a partner that is no longer a CSP', () => {
  checkKind([
    ['ru-RU', 'Azure брали у партнёра, у которого отозвали статус CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Azure брали у одной фирмы она больше не CSP мы непрямой реселлер', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
