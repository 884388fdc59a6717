// Questions put to the bot: a labelled question that names again what its asker has just stated
// ("Q: … Azure under an EA. How do we take over their Azure?") puts no doubt on it; the product
// stays answered. A question naming something else than the statement still only asks it.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: bot question, naming again what was just stated is no doubt', () => {
  checkKind([
    ['ru-RU', 'Вопрос: у клиента Azure по EA. Мы T1. Как нам забрать их Azure?', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'en-US',
      'Q: the customer runs Azure under an EA. We are T1. How do we take over their Azure?',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    ['pt-BR', 'Pergunta: o cliente tem Azure via EA. Somos T1. Como assumimos o Azure deles?', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
