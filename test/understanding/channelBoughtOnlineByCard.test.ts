// Kind "channelWords": bought by the customer themselves online, with a card («покупали сами онлайн,
// кредиткой») is the self-service purchase from Microsoft. Bought online in a shop is the shop's.
import { checkKind } from './kindCheck';

describe('kind: channel words, bought by themselves online with a card', () => {
  checkKind([
    ['ru-RU', 'Teams покупали сами онлайн, кредиткой.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Microsoft 365 брали сами через интернет по корпоративной карте.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Microsoft 365 покупали онлайн в магазине, картой.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
