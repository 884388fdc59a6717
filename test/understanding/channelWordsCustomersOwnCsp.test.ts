// Own words for the channel: the customer's own CSP («от своего CSP», «у своего CSP») is another
// CSP partner, as their current one is; a bare «глобал» set off by commas is the global cloud, as
// «глобальный» is.
import { checkKind } from './kindCheck';

describe("channel words: the customer's own CSP", () => {
  checkKind([
    ['ru-RU', 'клиент хочет забрать Azure от своего CSP к нам', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Office 365 они брали у своего CSP, мы T1', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'ажур у своего csp, глобал', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'the customer bought Azure from their own CSP, commercial cloud', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('cloud words: a bare «глобал»', () => {
  checkKind([
    ['ru-RU', 'Microsoft 365 напрямую у Microsoft, глобал', { cloud: 'global', channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Глобал. Azure по EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
