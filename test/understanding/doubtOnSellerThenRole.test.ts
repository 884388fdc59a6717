// "Maybe they bought the Azure from a hosting provider, we're a distributor": what follows the
// seller past a comma (the partner's role, a channel) changes nothing of the doubt: the product is
// stated and the channel asked, as when the role is a sentence of its own. Read before: the
// product was doubted and the channel said nothing. Two sellers doubted are both named, in order.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('kind: a doubt on an unplaced seller, then more past a comma', () => {
  checkKind([
    ['en-US', "Maybe they bought the Azure from a hosting provider, we're a distributor.", { service: 'usage', partnerType: 'indirectProvider' }, ['channel']],
    [
      'pt-BR',
      'Talvez tenham comprado o Azure com um provedor de hospedagem, somos distribuidora.',
      { service: 'usage', partnerType: 'indirectProvider' },
      ['channel'],
    ],
    ['ru-RU', 'Возможно, они купили Azure у хостинг-провайдера, мы дистрибьютор.', { service: 'usage', partnerType: 'indirectProvider' }, ['channel']],
    // A plain channel after it answers; the product is still stated.
    ['en-US', 'Maybe they bought the Azure from a hosting provider, via EA.', { channel: 'ea', service: 'usage' }],
  ]);

  it('names both sellers, in the order said', () => {
    assert.deepStrictEqual(understand('Maybe they bought the Azure from some consultant or a hosting provider.').said, {
      channel: ['consultant', 'hosting provider'],
    });
  });
});
