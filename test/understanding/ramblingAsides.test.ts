// Kind "rambling": a side remark about another case. A colleague on the call hears "that's not this
// one", "different ticket", "another customer of theirs" and sets aside what was said of it; a line
// broken after a comma is the same sentence wrapped, so the remark still reaches what it dismisses.
import { checkKind } from './kindCheck';

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
