// Kind "channel words": a hosting company said not to be a Microsoft partner («хостинговая
// компания, не партнёр Microsoft») is a third party, as one said not to be a CSP is.
import { checkKind } from './kindCheck';

describe('kind: channel words, a hosting company that is no Microsoft partner', () => {
  checkKind([
    ['ru-RU', 'Exchange Online им продала хостинговая компания, она не партнёр Microsoft.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Microsoft 365 брали у хостера, он не партнёр Майкрософт, хотят перевести к нам.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
  ]);
});

describe('kind: channel words, the customer no Microsoft partner', () => {
  checkKind([['ru-RU', 'Клиент не партнёр Microsoft, Office 365 купил напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }]]);
});
