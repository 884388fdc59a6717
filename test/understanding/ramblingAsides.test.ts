// Kind "rambling": what a speaker sets aside in other words than "ignore that" ("that's another
// story", "not our question"), the customer itself named again after another case ("while they
// themselves…"), and a goal taken back by a change of mind ("voltou atrás").
import { checkKind } from './kindCheck';

describe('kind: rambling, an aside set aside as another story or not our question answers nothing', () => {
  checkKind([
    ['en-US', "their other branch is on an EA, but that's not our question. they have Azure via Advisor", { channel: 'advisor', service: 'usage' }],
    ['ru-RU', 'Другой их филиал вроде на EA, но это не наш вопрос, там отдельный тенант. У них Azure через Advisor', { channel: 'advisor', service: 'usage' }],
    ['zh-CN', '他们的分公司是EA，不过那不是我们的问题。Azure是通过Advisor买的', { channel: 'advisor', service: 'usage' }],
    ['pt-BR', 'a filial deles é EA, mas isso não é problema nosso. Azure pelo Advisor', { channel: 'advisor', service: 'usage' }],
    ['hu-HU', 'Az anyacég EA-n van, de az nem a mi ügyünk. Az Azure-t Advisoron keresztül vették', { channel: 'advisor', service: 'usage' }],
    [
      'hu-HU',
      'Az anyacég a globális felhőn van, de az másik történet. Az Azure-t a 21Vianet által üzemeltetett felhőben használják',
      { cloud: 'china', service: 'usage' },
    ],
  ]);
});

describe('kind: rambling, "they themselves" after another case speaks of this customer again', () => {
  checkKind([
    [
      'en-US',
      'the parent company is on an EA, while they themselves bought Microsoft 365 directly from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'у головной компании EA, а сами они купили Microsoft 365 напрямую у Майкрософт.', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '母公司用的是EA，他们自己是直接从微软买的Microsoft 365', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'a matriz está no EA, mas eles mesmos compraram o Microsoft 365 direto da Microsoft', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'az anyavállalat EA-n van, ők maguk viszont közvetlenül a Microsofttól vették a Microsoft 365-öt', { channel: 'microsoft', service: 'license' }],
    // Said of the parent company before it is named, the EA is still a second answer: asked, never read as this customer's.
    ['ru-RU', 'EA это у их головной компании, а сами они покупали Microsoft 365 напрямую у Майкрософт.', { service: 'license' }, ['channel']],
  ]);
});

describe('kind: rambling, a goal taken back by a change of mind', () => {
  checkKind([
    ['en-US', 'at first the director wanted to move the billing to us, but then he changed his mind: we only manage and support it', { goal: 'support' }],
    ['ru-RU', 'сначала директор хотел перевести биллинг к нам, но потом передумал: мы только поддерживаем', { goal: 'support' }],
    ['zh-CN', '一开始总监想把账单转到我们这边，后来改主意了：只要我们做支持', { goal: 'support' }],
    ['pt-BR', 'no começo o diretor falou em passar o faturamento pra gente, mas depois voltou atrás: é só pra gente administrar', { goal: 'support' }],
    ['hu-HU', 'eleinte az igazgató át akarta hozni hozzánk a számlázást, aztán meggondolta magát: csak támogatást kér', { goal: 'support' }],
  ]);
});
