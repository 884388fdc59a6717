// A retail chain is a seller only where something is bought in it or from it («брали в розничной
// сети», «купили у розничной сети»); the customer's own retail chain named as a division
// («обсуждали розничную сеть») sells nothing to it.
import { checkKind } from './kindCheck';

describe('kind: channelWords, the customer’s retail chain is no seller', () => {
  checkKind([
    ['ru-RU', 'Office 365 брали в розничной сети, хотят перенести к нам.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['ru-RU', 'Ключи Office 365 купили у розничной сети электроники.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Обсуждали розничную сеть: Microsoft 365 покупали через Microsoft Advisor.', { channel: 'advisor', service: 'license' }],
  ]);
});
