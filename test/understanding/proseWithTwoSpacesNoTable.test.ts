// Prose typed with two spaces after each sentence ("They are on EA.  They want support.") is no
// table: its sentences are no header's cells, so a double space slipped inside a later sentence
// ("not  on EA") breaks no clause and the negation still takes what follows it.
import { checkKind } from './kindCheck';

const lines = (...l: string[]): string => l.join('\n');

describe('prose with two spaces after each sentence is no table', () => {
  checkKind([
    [
      'en-US',
      lines(
        'Call with Harbor Point Marine today.  Short one.  Notes below.',
        'They are not  on EA.  They buy through Open Value.  We are their direct partner.',
      ),
      { channel: 'open', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      lines('Созвон с «Причалом» сегодня.  Коротко.  Заметки ниже.', 'У них не  EA.  Покупают через Open Value.  Мы прямой партнёр.'),
      { channel: 'open', partnerType: 'direct' },
    ],
    [
      'zh-CN',
      lines('今天和海港码头通了电话。  时间很短。  记录如下。', '他们用的不是  EA。  是通过 Open Value 买的。  我们是直签合作伙伴。'),
      { channel: 'open', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      lines('Ligação com a Marina Ponta hoje.  Foi rápida.  Notas abaixo.', 'Eles não  estão no EA.  Compram pelo Open Value.  Somos o parceiro direto deles.'),
      { channel: 'open', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      lines(
        'Ma hívtuk a Kikötő Kft.-t.  Rövid volt.  Jegyzetek lent.',
        'Nem  EA-juk van.  Open Value-n keresztül vásárolnak.  Mi vagyunk a közvetlen partnerük.',
      ),
      { channel: 'open', partnerType: 'direct' },
    ],
    // A header of short labels still splits the rows below it into cells, each a clause of its own.
    [
      'en-US',
      lines('Customer  Cloud  Channel', 'Harbor Point Marine  Global  EA', 'We are their direct partner.'),
      { cloud: 'global', channel: 'ea', partnerType: 'direct' },
    ],
    ['zh-CN', lines('客户  云  渠道', '海港码头  全球版  EA', '我们是直签合作伙伴。'), { cloud: 'global', channel: 'ea', partnerType: 'direct' }],
  ]);
});
