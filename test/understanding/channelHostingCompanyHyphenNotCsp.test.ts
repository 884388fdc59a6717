// Kind "channelWords": a hosting company written with a hyphen («хостинг-компания») is a seller as
// «хостинговая компания» is: said not to be a CSP, it is a third party; said bare, the channel is asked.
import { checkKind } from './kindCheck';

describe('kind: channel words, a hosting company written with a hyphen that is not a CSP', () => {
  checkKind([
    ['ru-RU', 'Dynamics 365 купили у хостинг-компании, которая не CSP.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Microsoft 365 брали у хостинг компании, она не CSP-партнёр.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Microsoft 365 брали у хостинг-компании.', { service: 'license' }],
  ]);
});
