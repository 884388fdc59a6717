// Kind "eitherOr": two options listed for one question. A reference to one of them ("the
// second one", «последнее», "后者", "o segundo", "az utóbbi") answers; a later statement answers
// a listed question; without either the question stays open and is asked, never guessed.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: eitherOr (a reference resolves, otherwise the bot asks)', () => {
  checkKind([
    ['en-US', "they're on either EA or Open Value, I checked: the first one. Azure.", { channel: 'ea', service: 'usage' }],
    ['en-US', 'is it commercial or the US gov cloud? the latter', { cloud: 'usgov' }],
    ['ru-RU', 'Купили либо через EA, либо через Open — последнее. Azure.', { channel: 'open', service: 'usage' }],
    ['zh-CN', '是 EA 还是 Open？前者。Office 365。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Somos Tier 1 ou Tier 2? O primeiro. Office 365.', { service: 'license', partnerType: 'direct' }],
    ['hu-HU', 'EA-n vagy Openen keresztül vették? Az előbbi. Azure.', { channel: 'ea', service: 'usage' }],
  ]);
  checkKind([
    ['en-US', "it's either EA or Open, no idea which. Office 365.", { service: 'license' }, ['channel']],
    ['ru-RU', 'Либо через EA, либо через Open, пока непонятно. Office 365.', { service: 'license' }, ['channel']],
    ['zh-CN', '要么是 EA，要么是 Open。Office 365。', { service: 'license' }, ['channel']],
    ['pt-BR', 'Foi via EA ou via Open, não lembro. Office 365.', { service: 'license' }, ['channel']],
    ['hu-HU', 'EA vagy Open, még nem tudjuk. Office 365.', { service: 'license' }, ['channel']],
  ]);
  it('a listed question answered later takes the later answer', () => {
    assert.deepStrictEqual(understand('EA or Open? Open Value. Azure.').answers, { channel: 'open', service: 'usage' });
  });
});

describe('kind: eitherOr, "I forgot whether X or Y" is asked; "forget X" as a command takes X back', () => {
  checkKind([
    ['en-US', 'I forgot if it was EA or Open Value', {}, ['channel']],
    ['ru-RU', 'забыл, через EA или Open', {}, ['channel']],
    ['zh-CN', '我忘了是 EA 还是 Open', {}, ['channel']],
    ['pt-BR', 'esqueci se foi EA ou Open', {}, ['channel']],
    ['hu-HU', 'elfelejtettem, EA vagy Open', {}, ['channel']],
    ['en-US', 'Forget the transfer, they want support', { goal: 'support' }],
    // "算了一下" is "worked it out", not "forget it".
    ['zh-CN', 'Azure 是通过 EA 买的，我们算了一下费用', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: eitherOr, "they have not decided whether X or Y" is asked', () => {
  checkKind([
    ['en-US', 'They haven’t decided whether they want us to just support the Microsoft 365 seats or move them over.', { service: 'license' }, ['goal']],
    ['ru-RU', 'Клиент ещё не решил: только поддержка или перенос к нам. Microsoft 365.', { service: 'license' }, ['goal']],
    ['zh-CN', '客户还没决定是只要我们支持还是把 Microsoft 365 迁移过来。', { service: 'license' }, ['goal']],
    ['pt-BR', 'O cliente ainda não decidiu se quer só suporte ou migrar o Microsoft 365 pra nós.', { service: 'license' }, ['goal']],
    ['hu-HU', 'Még nem döntötték el, hogy csak támogatást kérnek vagy átviszik hozzánk a Microsoft 365-öt.', { service: 'license' }, ['goal']],
  ]);
});

describe('kind: eitherOr, «то ли … то ли» lists options, and a reference may stand as an object ("a másodikat", «вторую»)', () => {
  checkKind([
    ['en-US', 'Office 365 via Open: support or a move to us? They chose the latter.', { channel: 'open', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Office 365 через Open: то ли перевести к нам, то ли поддержка — клиент выбрал вторую.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['zh-CN', 'Office 365 通过 Open 买的：支持还是迁移？客户选了后者。', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Office 365 pelo Open: suporte ou migração pra gente? Escolheram a segunda.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365, EA: támogatás vagy átvitel hozzánk? A másodikat választották.', { channel: 'ea', service: 'license', goal: 'move' }],
    // Not yet chosen: both stay, and the goal is asked.
    ['ru-RU', 'Office 365 через Open; хотят то ли перевести его к нам, то ли чтобы мы его вели.', { channel: 'open', service: 'license' }, ['goal']],
  ]);
});

describe('kind: eitherOr, a reference to a listed option with its case ending answers the question', () => {
  checkKind([
    ['en-US', 'Azure or Office 365? The former, bought from another CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Azure или Office 365? Про первое, куплено у другого CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '是 Azure 还是 Office 365？前者，从别的 CSP 买的。', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Azure ou Office 365? O primeiro, comprado de outro parceiro CSP.', { channel: 'otherCsp', service: 'usage' }],
    // Hungarian references take the case of what they stand for ("az előbbiről", "az utóbbin").
    ['hu-HU', 'Az Azure-ról vagy az Office 365-ről van szó? Az előbbiről, egy másik CSP-től vették.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'EA-n vagy Open-en keresztül vették? Az utóbbin keresztül, Azure.', { channel: 'open', service: 'usage' }],
  ]);
});

describe('kind: eitherOr, a plain "reseller" kept by a reference among the partner\'s own roles is an indirect reseller', () => {
  checkKind([
    ['en-US', 'honestly we are either a disti or a reseller here, the latter', { partnerType: 'indirectReseller' }],
    ['en-US', 'we are either a distributor or a reseller, the first one', { partnerType: 'indirectProvider' }],
    ['ru-RU', 'у нас роль либо дистрибьютор, либо реселлер, скорее второе', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们公司要么算分销商要么算经销商，应该是后者', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'a gente é ou distribuidor ou revendedor, o segundo', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'mi vagy disztribútor vagy viszonteladó vagyunk, az utóbbi', { partnerType: 'indirectReseller' }],
    // Kept, but not a CSP role: nothing is assigned.
    ['en-US', 'we are either a distributor or a hosting company, the second one', {}],
  ]);
});

describe('kind: eitherOr, an adjective whose noun comes with the next option ("the global or the US Gov cloud") is an option too', () => {
  checkKind([
    ['en-US', 'it sits in the global, or maybe the US government Partner Center, nobody knows. Azure.', { service: 'usage' }, ['cloud']],
    ['ru-RU', 'у них то ли глобальный, то ли государственный американский Partner Center, уточню. Azure.', { service: 'usage' }, ['cloud']],
    ['zh-CN', '客户的租户在全球，或者在美国政府云，还没确认。Azure。', { service: 'usage' }, ['cloud']],
    ['pt-BR', 'o tenant fica no comercial ou no Partner Center do governo americano, vou confirmar. Azure.', { service: 'usage' }, ['cloud']],
    ['hu-HU', 'a globális, vagy az amerikai kormányzati Partner Centerben vannak, utánanézek. Azure.', { service: 'usage' }, ['cloud']],
    // Kept by a reference: the adjective is the answer.
    ['en-US', 'the commercial or the US gov Partner Center? the first one. Azure.', { cloud: 'global', service: 'usage' }],
  ]);
});

describe('kind: eitherOr, an either/or with one option the reader cannot read asks the other by name, never takes it', () => {
  checkDoubted([
    ['en-US', "It's either the old agreement or EA, she's checking with procurement. Azure.", { service: 'usage' }, { channel: 'ea' }],
    ['en-US', 'Either EA or whatever their reseller set up back then. Office 365.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Azure купили либо по старому договору, либо по EA, клиент уточняет.', { service: 'usage' }, { channel: 'ea' }],
    ['zh-CN', '客户的 Azure 要么是旧合同，要么是 EA，她还在确认。', { service: 'usage' }, { channel: 'ea' }],
    ['pt-BR', 'O Azure foi ou pelo contrato antigo ou pelo EA, ela está verificando.', { service: 'usage' }, { channel: 'ea' }],
    ['hu-HU', 'Az Azure-t vagy a régi szerződéssel, vagy EA-n keresztül vették, még nézi.', { service: 'usage' }, { channel: 'ea' }],
  ]);
  // A reference settles it either way: the option read is kept, or set aside for the one not read.
  checkKind([
    ['en-US', "It's either the old agreement or EA, the second one. Azure.", { channel: 'ea', service: 'usage' }],
    ['en-US', "It's either the old agreement or EA, the first one. Azure.", { service: 'usage' }],
    ['ru-RU', 'Azure купили либо по старому договору, либо по EA — второе.', { channel: 'ea', service: 'usage' }],
    // "Open" opened by "either" is the Open channel, so both options are read and asked about.
    ['en-US', "It's either Open or EA — she's checking with procurement. Office 365.", { service: 'license' }, ['channel']],
    ['en-US', "It's either EA or Open — the first one. Office 365.", { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: eitherOr, a question offering two options of which one is read asks that one by name, never takes it', () => {
  checkDoubted([
    ['en-US', 'EA or some other program? No idea. Office 365, they want support.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
    ['ru-RU', 'EA или какая-то другая программа? Не знаю. Office 365, нужна поддержка.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
    ['zh-CN', '是 Open 还是别的什么方式？不清楚。Office 365，只要支持。', { service: 'license', goal: 'support' }, { channel: 'open' }],
    ['pt-BR', 'EA ou algum outro programa? Não sei. Office 365, querem suporte.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
    ['hu-HU', 'EA vagy valami más program? Nem tudom. Office 365, csak támogatás kell.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
    // A later answer to the same question decides.
    ['en-US', "EA or something else? It's EA.", { channel: 'ea' }, {}],
  ]);
});

describe('kind: eitherOr, a seller said not to be a CSP is one option: the channel offered after its "or" is the other, and a reference picks', () => {
  const first = { channel: 'thirdParty' } as const;
  const second = { channel: 'ea' } as const;
  checkKind([
    ['en-US', 'They bought from a hosting company (not a CSP) or through EA, the first one.', first],
    ['ru-RU', 'Они купили у хостинг-провайдера (не CSP) или через EA, первое.', first],
    ['zh-CN', '他们是从一家主机服务商（不是CSP）买的，还是通过EA买的，前者。', first],
    ['pt-BR', 'Compraram de um provedor de hospedagem (não é CSP) ou pelo EA, o primeiro.', first],
    ['hu-HU', 'Egy tárhelyszolgáltatótól vették (nem CSP) vagy EA-n keresztül, az előbbi.', first],
    ['en-US', 'They bought from a hosting company (not a CSP) or through EA, the second one.', second],
    ['hu-HU', 'Egy tárhelyszolgáltatótól vették (nem CSP) vagy EA-n keresztül, az utóbbi.', second],
    // With no reference, both options stay and the channel is asked.
    ['en-US', 'They bought from a hosting company (not a CSP) or through EA.', {}, ['channel']],
    ['pt-BR', 'Compraram de um provedor de hospedagem (não é CSP) ou pelo EA.', {}, ['channel']],
  ]);
});
