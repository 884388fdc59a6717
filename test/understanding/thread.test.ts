// Kind "thread": pasted mail threads and chat logs. The newest statement decides; a quoted,
// older or superseded statement never does, and fills in only what nothing newer says.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { threadParts } from './threadParts';
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: thread (pasted mails and chats, newest statement wins)', () => {
  checkKind([
    [
      'en-US',
      'Update: they only want us to manage the Teams licenses, no migration.\n\nMark Hale | Sales | +1 (206) 555-0100\n\nFrom: Mark Hale\nSent: Monday, June 2, 2025 9:00 AM\nSubject: Teams\n\nThey bought Teams licenses through Open Value and want to move them to us. We are Tier 1.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Поправка: не через EA, а через Open.\n\nОт: Анна\nОтправлено: 3 июня 2025 г.\nТема: лицензии\n\nЛицензии Office 365 куплены через EA. Мы дистрибьютор.',
      { channel: 'open', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '更正：客户不想迁移，只需要我们支持。\n\n> 发件人: 李明\n> 主题: Office 365\n>\n> 客户的 Office 365 是通过 EA 买的，想转到我们这边。',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Confirmando: somos parceiro direto.\n\nEm ter., 3 de jun. de 2025 às 9:00, Ana <ana@exemplo.com.br> escreveu:\n> O Azure foi comprado de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      '[9:00] Anna: melyik felhő?\n[9:01] Béla: globális\n[9:02] Anna: Azure vagy Microsoft 365?\n[9:03] Béla: Microsoft 365, EA-n keresztül vették',
      { cloud: 'global', channel: 'ea', service: 'license' },
    ],
  ]);

  it('splits a thread into its parts, newest first, without headers or signatures; the subject is the oldest part', () => {
    const parts = threadParts('Now: Open.\n\nJo | Sales | +1 555 0100\n\nFrom: Jo\nSubject: EA\n\nEarlier: EA.');
    assert.deepStrictEqual(parts, ['Now: Open.', 'Earlier: EA.', 'EA']);
  });
  it('reads the newest subject only, without its marks; the other header lines are dropped', () => {
    const parts = threadParts(
      'Now: Open.\n\nFrom: Jo\nSent: Monday\nTo: Ann\nCc: Bo\nDate: 2 June\nSubject: RE: FW: Teams\n\nEarlier: EA.\n\n> From: Ann\n> Subject: Azure\n>\n> First: CSP.',
    );
    assert.deepStrictEqual(parts, ['Now: Open.', 'Earlier: EA.', 'First: CSP.', 'Teams']);
  });
  it('drops the reply and forward marks mail programs write in the five languages', () => {
    const subjects: Array<[string, string]> = [
      ['Subject: Re: Fwd: AW: Office 365', 'Office 365'],
      ['Тема: RE: Ответ: Пересл: перенос Microsoft 365', 'перенос Microsoft 365'],
      ['主题：回复：答复: 转发：Azure 订阅', 'Azure 订阅'],
      ['Assunto: RES: ENC: licenças do Microsoft 365', 'licenças do Microsoft 365'],
      ['Tárgy: VÁ: Vá: VS: Továbbítás: TOV: Microsoft 365 előfizetések', 'Microsoft 365 előfizetések'],
    ];
    for (const [line, subject] of subjects) assert.deepStrictEqual(threadParts(`Now.\n\nFrom: Jo\n${line}\n\nEarlier.`), ['Now.', 'Earlier.', subject]);
  });
  it('a message without thread marks is one part, read as before', () => {
    assert.deepStrictEqual(threadParts('bought via EA\nwe are T1'), ['bought via EA\nwe are T1']);
  });
  it('a reply written under the quote it answers is the newer statement', () => {
    const got = understand('> They bought it through an EA.\nIt was Open Value. Azure.');
    assert.deepStrictEqual(got.answers, { channel: 'open', service: 'usage' });
    assert.deepStrictEqual(got.conflicts, []);
  });
  it('a quoted older statement never decides against a newer one', () => {
    const got = understand('They bought it through another CSP.\n\n> They bought it through an EA.');
    assert.strictEqual(got.answers.channel, 'otherCsp');
    assert.deepStrictEqual(got.conflicts, []);
  });
});

describe('kind: thread, a chat log pasted newest on top (its times go down)', () => {
  checkKind([
    [
      'en-US',
      '[14:20] Dana: no wait, it was Open Value, not EA\n[14:02] Dana: they have Azure VMs bought through an EA',
      { channel: 'open', service: 'usage' },
    ],
    ['ru-RU', '[16:40] Олег: нет, не EA, а Open Value\n[16:31] Олег: у них Azure, купили через EA', { channel: 'open', service: 'usage' }],
    ['zh-CN', '[15:45] 王磊：不对，不是 EA，是 Open Value\n[15:30] 王磊：客户的 Azure 是通过 EA 买的', { channel: 'open', service: 'usage' }],
    ['pt-BR', '[10:50] Rita: não, não foi EA, foi Open Value\n[10:41] Rita: o Azure deles foi comprado via EA', { channel: 'open', service: 'usage' }],
    ['hu-HU', '[13:15] Kovács Péter: nem EA, hanem Open Value\n[13:02] Kovács Péter: az Azure-t EA-n keresztül vették', { channel: 'open', service: 'usage' }],
    // Times that go up: the log is oldest first, as before.
    [
      'en-US',
      '[09:00] Dana: they have Azure VMs bought through an EA\n[09:10] Dana: no wait, it was Open Value, not EA',
      { channel: 'open', service: 'usage' },
    ],
  ]);
});

describe('kind: thread, "forget the move" in the newest part takes the goal back', () => {
  checkKind([
    [
      'en-US',
      'Forget the migration, they only want us to support the Office 365 where it is.\n\n> They want to move Office 365 to us.',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Забудьте про перенос, им нужно только сопровождение Office 365.\n\n> Хотят перенести Office 365 к нам.',
      { service: 'license', goal: 'support' },
    ],
    ['zh-CN', '迁移算了，客户只需要我们代为管理 Office 365。\n\n> 客户想把 Office 365 迁移到我们这边。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Esquece a migração, querem só suporte no Office 365.\n\n> Querem migrar o Office 365 pra gente.', { service: 'license', goal: 'support' }],
    [
      'hu-HU',
      'Mégsem költöztetjük, csak támogatást kérnek az Office 365-höz.\n\n> Át akarják hozni hozzánk az Office 365-öt.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});

describe('kind: thread, chat lines as other apps copy them (name in the brackets, 【】, a date, AM/PM)', () => {
  checkKind([
    [
      'en-US',
      '[Sam Lee 2:05 PM] correction: not Dynamics, it is Azure\n[Sam Lee 11:50 AM] they have Dynamics 365 and Azure bought via Open, we are T1',
      { channel: 'open', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      '[03-12 09:15] Ирина: нет, не Azure — там Office 365\n[03-11 17:40] Ирина: у клиента Azure через EA, хотят поддержку',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '【16:05】王芳：更正，不是 Azure，是 Office 365。\n【15:50】王芳：客户的 Azure 是通过 EA 买的，想转到我们这边。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      '[Rita Souza 9:30 AM] corrigindo: não é Azure, é Office 365\n[Rita Souza 8:10 AM] o cliente tem Azure via EA e quer suporte',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      '【10:20】Péter: javítok, nem Azure, hanem Office 365\n【10:02】Péter: az ügyfél EA-n vett Azure-t, és támogatást kér',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);

  it('orders lines by their 12-hour times: 1:05 PM is after 11:50 AM', () => {
    const got = understand('[Kim 11:50 AM] it is Azure\n[Kim 1:05 PM] no, Office 365');
    assert.strictEqual(got.answers.service, 'license');
  });
  it('a line with a date before its time is a chat line, and the later date wins', () => {
    assert.deepStrictEqual(threadParts('[11-25 09:00] Bo: Open\n[11-24 18:00] Bo: EA'), ['Open', 'EA']);
  });
});

describe('kind: thread, the app a log was pasted from is no product', () => {
  checkKind([
    ['en-US', 'pasting this from Teams: customer has Azure through an EA', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'скопировал из Teams: у клиента Azure по EA', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '从Teams复制的：客户的 Azure 是通过 EA 买的', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'colei do Teams: o cliente tem Azure via EA', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Teamsből másoltam: az ügyfél EA-n keresztül vette az Azure-t', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: thread, a note above a chat log written oldest first is the newest statement', () => {
  checkKind([
    [
      'en-US',
      'Update: we are the distributor here, not T1.\n\n[09:00] Ann: they bought Office 365 via EA\n[09:01] Ann: we are T1',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Уточнение: мы дистрибьютор, а не T1.\n\n[09:00] Анна: Office 365 куплен через EA\n[09:01] Анна: мы T1',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '更正：我们是分销商，不是 T1。\n\n[09:00] 李明：客户的 Office 365 是通过 EA 买的\n[09:01] 李明：我们是 T1',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Correção: somos distribuidor, não T1.\n\n[09:00] Ana: o Office 365 foi comprado via EA\n[09:01] Ana: somos T1',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'Javítás: disztribútor vagyunk, nem T1.\n\n[09:00] Anna: az Office 365-öt EA-n keresztül vették\n[09:01] Anna: T1 vagyunk',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
  ]);
});

describe('kind: thread, a chat exported with the date after the time (day first), across midnight', () => {
  checkKind([
    [
      'en-US',
      "[16:02, 30/11/2026] Ana: it's Azure they bought there\n[15:58, 30/11/2026] Ana: customer has Office 365 from another CSP",
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'ru-RU',
      '[23:50, 30/11/2026] Иван: клиент купил Office 365 у другого CSP\n[00:05, 01/12/2026] Иван: там Azure',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['zh-CN', '[00:05, 01/12/2026] 李娜: 是 Azure\n[23:50, 30/11/2026] 李娜: 客户的 Office 365 是从别的 CSP 买的', { channel: 'otherCsp', service: 'usage' }],
    [
      'pt-BR',
      '[00:05, 01/12/2026] Bruno: é o Azure\n[23:50, 30/11/2026] Bruno: o cliente comprou Office 365 de outro parceiro CSP',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'hu-HU',
      '[10:00, 30/11/2026] Péter: az ügyfél az Office 365-öt egy másik CSP-től vette\n[09:00, 01/12/2026] Péter: az Azure-ról van szó',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});

describe('kind: thread, a China-only channel said before the cloud was taken back or left in doubt', () => {
  // 21Vianet, this partner as a former Advisor and "somewhere else" are options only in the China
  // cloud: when a newer part takes that cloud back or leaves it in doubt, the older part's channel
  // is never read as one of another cloud (a former Advisor in China is not the Advisor program)
  // nor guessed: it is dropped, and the channel is asked after the cloud.
  const cases: Array<[string, string, string, 'negated' | 'conflicts']> = [
    ['en-US', 'Correction: not the China cloud.', 'The customer is in the China cloud and bought it from us when we were an Advisor.', 'negated'],
    ['en-US', 'Not sure if it is the China cloud or the global cloud.', 'The customer bought it from 21Vianet.', 'conflicts'],
    ['ru-RU', 'Не уверен, китайское облако или глобальное.', 'Клиент купил через 21Vianet.', 'conflicts'],
    ['ru-RU', 'Поправка: не китайское облако.', 'Клиент в китайском облаке, покупал у нас, когда мы были Advisor.', 'negated'],
    ['zh-CN', '更正：不是中国云。', '客户在中国云，是从别的地方买的。', 'negated'],
    ['pt-BR', 'Não sei se é a nuvem da China ou a nuvem global.', 'O cliente comprou de nós quando éramos Advisor, na nuvem da China.', 'conflicts'],
    ['hu-HU', 'Javítás: nem a kínai felhő.', 'Az ügyfél a kínai felhőben van, máshol vette.', 'negated'],
  ];
  for (const [language, newer, older, how] of cases) {
    it(`${language}: ${newer}`, () => {
      // The older part on its own names the cloud and a China channel: the thread drops only what the newer part changes.
      const alone = understand(older);
      assert.strictEqual(alone.answers.cloud, 'china');
      assert.ok(alone.answers.channel === 'vianet' || alone.answers.channel === 'formerAdvisor' || alone.answers.channel === 'other');
      const got = understand(`${newer}\n\n> ${older}`);
      assert.deepStrictEqual(got.answers, {});
      assert.deepStrictEqual(how === 'negated' ? got.negated : got.conflicts, ['cloud']);
      assert.strictEqual(got.evidence.channel, undefined);
      assert.strictEqual(got.said?.channel, undefined, 'the channel is not asked about with its words before the cloud is known');
      assert.ok(!(got.unsettled ?? []).includes('channel'));
    });
  }
});

describe("kind: thread, a quotation pasted inline after a colon is another party's older words: the message around it decides", () => {
  checkKind([
    [
      'en-US',
      'Copying their reseller\'s note: "As the indirect reseller we can only transfer after the relationship is accepted." That\'s them. We are a direct bill partner. Azure from another CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Реселлер клиента написал: «Мы как непрямой реселлер не можем перевести подписки сами». Мы прямой партнёр. Azure у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'zh-CN',
      '对方经销商的原话：“我们作为间接经销商，只能等客户接受关系后再转。” 我们是直接账单合作伙伴。客户的 Azure 在另一家 CSP 那里。',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'Colando a mensagem da revenda deles: "somos revenda indireta e só conseguimos transferir depois do aceite". Nós somos parceiro direto. Azure de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'A viszonteladójuk ezt írta: „Közvetett viszonteladóként csak a kapcsolat elfogadása után tudunk átadni.” Mi közvetlen számlázású partner vagyunk. Az Azure egy másik CSP partnernél van.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: thread, a doubt in the newest part on a value it also says outright is not taken back by an older part', () => {
  // The cloud is doubted both as said ("maybe China cloud") and as implied by 21Vianet: the newest
  // part leaves it open, so the older part's "global" does not answer it.
  checkDoubted([
    [
      'en-US',
      'maybe China cloud, perhaps from 21Vianet?\n\nFrom: Anna\nSent: Monday\nSubject: RE: licences\n\nIt is the global cloud, Office 365.',
      { service: 'license' },
      { cloud: 'china' },
    ],
    [
      'ru-RU',
      'может, китайское облако, вроде бы у 21Vianet?\n\nОт: Анна\nОтправлено: понедельник\nТема: RE: лицензии\n\nЭто глобальное облако, Office 365.',
      { service: 'license' },
      { cloud: 'china' },
    ],
    [
      'zh-CN',
      '可能是中国云，也许是从世纪互联买的？\n\n发件人: 安娜\n发送时间: 星期一\n主题: RE: 许可证\n\n是全球云，Office 365。',
      { service: 'license' },
      { cloud: 'china' },
    ],
    [
      'pt-BR',
      'talvez nuvem da China, acho que pela 21Vianet?\n\nDe: Ana\nEnviada em: segunda-feira\nAssunto: RE: licenças\n\nÉ a nuvem global, Office 365.',
      { service: 'license' },
      { cloud: 'china' },
    ],
    [
      'hu-HU',
      'talán kínai felhő, esetleg a 21Vianetnél?\n\nFeladó: Anna\nElküldve: hétfő\nTárgy: RE: licencek\n\nA globális felhőről van szó, Office 365.',
      { service: 'license' },
      { cloud: 'china' },
    ],
  ]);
});
