// Kind "rambling": what a speaker sets aside in other words than "ignore that" ("that's another
// story", "not our question"), the customer itself named again after another case ("while they
// themselves…"), and a goal taken back by a change of mind ("voltou atrás").
//
// Kind "rambling": a side remark about another case. A colleague on the call hears "that's not this
// one", "different ticket", "another customer of theirs" and sets aside what was said of it; a line
// broken after a comma is the same sentence wrapped, so the remark still reaches what it dismisses.
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
    // Said of the parent company before it is named, with «у» holding it («EA это у их головной компании»), the EA is theirs too.
    ['ru-RU', 'EA это у их головной компании, а сами они покупали Microsoft 365 напрямую у Майкрософт.', { channel: 'microsoft', service: 'license' }],
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

describe('kind: rambling, a remark that the case named is not this one sets aside what was said of it', () => {
  checkKind([
    ['en-US', "Their sister brand is on Open, but that's not this one. This customer bought Azure through EA.", { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Их вторая фирма на Open Value, но это не тот случай. Этот клиент купил Azure через EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '他们另一个品牌用的是Open，跟这个无关。这个客户的Azure是通过EA买的。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'A outra marca deles é Open, mas não é esse. Este cliente comprou Azure pelo EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'A másik márkájuk Open Value-n van, az nem ide tartozik. Ez az ügyfél EA-n vette az Azure-t.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, a case sent to another ticket or to later ("different ticket", «вопрос не про него», "下次再说") answers nothing', () => {
  checkKind([
    ['en-US', 'Contoso is the EA one, different ticket. Here the Office 365 came through Open.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Был ещё договор EA, но вопрос не про него. Здесь Office 365 через Open.', { channel: 'open', service: 'license' }],
    ['zh-CN', '还有一个EA的合同，那个下次再说。这里的Office 365是通过Open买的。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'A Padaria é EA, é outro caso. Aqui o Office 365 veio pelo Open.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'A Kovács Bt. EA-s, külön jegy. Itt az Office 365-öt Open licenccel vették.', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: rambling, another customer of theirs or the parent company, in everyday words, answers nothing of this case', () => {
  checkKind([
    ['en-US', "The group is on EA, but that's the parent. This company bought Office 365 through Open.", { channel: 'open', service: 'license' }],
    ['ru-RU', 'Ещё одного своего клиента они держат на EA. Этот клиент купил Office 365 через Open.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'У другого их клиента EA. Этот клиент купил Office 365 через Open.', { channel: 'open', service: 'license' }],
    ['zh-CN', '他们还有个客户是EA的。这个客户的Office 365是通过Open买的。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'A matriz tem EA, mas esta empresa comprou o Office 365 pelo Open.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az anyacég EA-s, de ez a cég Open licenccel vette az Office 365-öt.', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: rambling, a line broken after a comma wraps one sentence: a dismissal on the next line reaches back', () => {
  checkKind([
    ['en-US', "They had Open Value before,\nbut that's another customer. This one bought Azure through EA.", { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'У них Open Value,\nно это другой клиент. Этот купил Azure через EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '他们有Open，\n但那是另一个客户。这个客户的Azure是通过EA买的。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Eles têm Open Value,\nmas isso é outro cliente. Este comprou Azure pelo EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Van Open Value-juk,\nde az egy másik ügyfél. Ez az ügyfél EA-n vette az Azure-t.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, a line broken after a full stop still ends the sentence', () => {
  checkKind([['en-US', 'They had Open Value before.\nBut that is not relevant. They also have Azure through EA.', { service: 'usage' }, ['channel']]]);
});
