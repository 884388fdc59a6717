// Russian channel and goal words (ru-RU lexicon): bought «у них» right after 21Vianet also with
// «купил» and a «;» between; «не у CSP, а у хостинг-провайдера» is a third party; «вёл их CSP» is
// another CSP; «один договор, один счёт» asks to move, so beside a word for support the goal is
// asked, not guessed. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel and goal: more Russian words', () => {
  checkKind([
    ['ru-RU', 'Облако китайское, 21Vianet; заказчик купил у них сам. Azure.', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['ru-RU', 'Azure брали не у Microsoft и не у CSP, а у хостинг-провайдера.', { channel: 'thirdParty', service: 'usage' }],
    ['ru-RU', 'Раньше Exchange Online у них вёл их CSP. Хотят к нам насовсем, с оплатой.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Visio по Open Value; хотят один договор, один счёт, и всё от нас.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Visio по Open Value; хотят один счёт, одна поддержка.', { channel: 'open', service: 'license' }, ['goal']],
  ]);
});
