// Kind "hedge": "Talvez tenham comprado o Azure com um provedor de hospedagem, mas não tenho certeza"
// doubts where the product was bought, not the product: the service is stated, and the channel is
// asked, naming the seller, which no answer places (a hosting company may or may not be a CSP
// partner). Read before: the product was doubted and the channel said nothing. A doubted channel
// that is an answer ("via EA") stays the value asked back by name; a later answer decides.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('kind: a doubt on a seller no answer places asks the channel, the product stated', () => {
  checkKind([
    [
      'pt-BR',
      'Talvez tenham comprado o Azure com um provedor de hospedagem, mas não tenho certeza, preciso ver a nota. Somos distribuidora.',
      { service: 'usage', partnerType: 'indirectProvider' },
      ['channel'],
    ],
    [
      'en-US',
      "Maybe they bought the Azure from a hosting provider, I'm not sure. We're a distributor.",
      { service: 'usage', partnerType: 'indirectProvider' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Возможно, они купили Azure у хостинг-провайдера, не уверен. Мы дистрибьютор.',
      { service: 'usage', partnerType: 'indirectProvider' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Lehet, hogy az Azure-t egy tárhelyszolgáltatótól vették, nem biztos. Disztribútorok vagyunk.',
      { service: 'usage', partnerType: 'indirectProvider' },
      ['channel'],
    ],
    ['pt-BR', 'Talvez tenham comprado o Azure com um provedor de hospedagem. Não, foi direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);

  it('names the seller when it asks the channel', () => {
    assert.deepStrictEqual(understand('Talvez tenham comprado o Office com um provedor de hospedagem.').said, { channel: ['provedor de hospedagem'] });
  });
});
