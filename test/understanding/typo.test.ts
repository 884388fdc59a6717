// Kind "typo": a misspelt long word of the lexicons, also when it is a form of a stem (its ending
// kept), and the guards that keep an ordinary word from being taken for one.
import * as assert from 'assert';
import zhCN from '../../src/domain/understanding/lexicon/zh-CN.json';
import SOUNDS from '../../src/domain/understanding/lexicon/zh-sounds.json';
import { gb2312Level1, sameSound } from '../../src/domain/understanding/cjkTolerance';
import { checkKind } from './kindCheck';

describe('kind: typo (misspelt lexicon words, forms of stems included)', () => {
  checkKind([
    ['en-US', 'they want to swtich the Office 365 licences over to us', { service: 'license', goal: 'move' }],
    ['ru-RU', 'клиент хочет, чтобы мы присмотирвали за его Microsoft 365', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Azrue 订阅是从别的 CSP 买的', { channel: 'otherCsp', service: 'usage' }],
    // A character of the same sound picked from the input method (斜 for 协, 攻 for 供).
    ['zh-CN', '客户的 Azure 是通过企业斜议买的，我们是间接提攻商', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['pt-BR', 'querem trasnferir as licenças do Microsoft 365 pra gente', { service: 'license', goal: 'move' }],
    // One edit from the English "distributor" and the Portuguese "distribuidor": the message's language decides.
    ['pt-BR', 'a gente é distribudor, o Azure veio de outro parceiro', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['en-US', 'we are the distribudor, Azure came from another CSP', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['hu-HU', 'az ügyfél azt kéri, hogy üzemletessük a Microsoft 365-öt', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: typo, words that are not misspellings', () => {
  checkKind([
    // "gerente" begins like the stem of "gerenciar" but is another word: no goal.
    ['pt-BR', 'o gerente de TI comprou o Microsoft 365 com outro parceiro', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'the office manager bought Office 365 from another CSP', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Microsoft 365 купили у другого CSP партнера, менеджер ушел в отпуск', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Microsoft 365 是从别的 CSP 买的，经理下周休假', { channel: 'otherCsp', service: 'license' }],
    // "分销商" is a word of its own, not a misspelt "经销商" in "我们是经销商".
    ['zh-CN', '我们是分销商，客户的 Azure 是从别的 CSP 买的', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['hu-HU', 'a Microsoft 365-öt egy másik CSP partnertől vették, a menedzser szabadságon van', { channel: 'otherCsp', service: 'license' }],
    // A long word is never corrected towards a shorter one beyond what that one allows
    // ("антивируса" is two edits from no eight-letter word of the lexicons).
    ['ru-RU', 'звонили по поводу продления антивируса, лицензии Teams Essentials', { service: 'license' }],
    // A five-letter stem carries no ending of a typo: "tratar" is not a misspelt "traga-r".
    ['pt-BR', 'Estamos a tratar de um cliente com Office 365.', { service: 'license' }],
  ]);
});

describe('kind: typo, a Chinese character of the same sound from the input method', () => {
  checkKind([
    // 吃 for 持 and 往 for 网 in terms of two characters, 刀 for 到, 上 for 商 and 征 for 证 at the end of longer ones.
    ['zh-CN', '客户只要我们支吃一下 Microsoft 365，是在微软官往买的', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '想把 Office 365 转刀我们这边，原来的 CSP 服务商太慢', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', '我们是间接经销上，客户的许可征是从别的 CSP 买的', { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' }],
    // Real words are left alone: 接受 is not 接手, 两个 is not 用量, 不时 is not 不是.
    ['zh-CN', '客户接受了新的账单，Office 365 是从别的 CSP 买的', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户用两个 Office 365 订阅，从别的 CSP 买的', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户不时会打电话，Office 365 从别的 CSP 买的', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('typo tolerance data: every Chinese character that may be misspelt has its sound', () => {
  it('each character of the Chinese lexicon but the first of a term is a common character of GB 2312, which zh-sounds.json divides into syllables', () => {
    const common = new Set(gb2312Level1());
    assert.equal(common.size, 3755);
    assert.equal(
      SOUNDS.syllableLengths.reduce((a, b) => a + b, 0),
      3755,
    );
    // The marks of mail clients ("发件人：", "會議邀請") are matched on the line as written, never mended.
    const misspellable = new Set((JSON.stringify({ ...zhCN, clients: undefined }).match(/\p{Script=Han}{2,}/gu) ?? []).flatMap((run) => [...run].slice(1)));
    assert.deepStrictEqual(
      [...misspellable].filter((ch) => !common.has(ch) && !SOUNDS.alike.includes(ch)),
      [],
    );
    // A rarer character is paired with a common one of its sound ("睿" of 艾睿 with "锐").
    assert.ok(sameSound('睿', '锐') && !sameSound('睿', '吃'));
    // Two characters of one syllable, and two of different ones.
    assert.ok(sameSound('吃', '持') && sameSound('征', '证') && !sameSound('吃', '证'));
  });
});

describe('kind: typo, a long stem with a letter dropped or doubled keeps its ending', () => {
  checkKind([
    ['en-US', 'they are tranfering the Office 365 seats', { service: 'license', goal: 'move' }],
    ['ru-RU', 'хотят чтобы мы подерживали Office 365', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365 在 tranfering 给我们', { service: 'license', goal: 'move' }],
    ['pt-BR', 'querem que a gente acompannhe o Office 365', { service: 'license', goal: 'support' }],
    ['hu-HU', 'az Office 365-öt mi üzemeeltetnénk', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: typo, tolerant matching (bounded edits, settled by the word kept)', () => {
  checkKind([
    // Two words one edit away ("cloud", "could"): the one that keeps the typed word's beginning.
    ['en-US', 'gov clould, they bought Azure from another CSP', { cloud: 'usgov', channel: 'otherCsp', service: 'usage' }],
    // Two stems give the same word («перенест-и», «перенес-ти»): no tie.
    ['ru-RU', 'Office 365 от другого CSP, хотят перенсти к нам', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    // A misspelt name run into its number.
    ['zh-CN', '客户的 offce365 是从别的 CSP 买的', { channel: 'otherCsp', service: 'license' }],
    // Two neighbours swapped after a beginning that is a word of its own ("come", "viszont").
    ['pt-BR', 'o cliente comprou Azure de outro parceiro CSP, nuvem comerical', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    [
      'hu-HU',
      'az ügyfél egy másik CSP partnertől vette az Azure-t, viszontealdók vagyunk disztribútoron keresztül',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('kind: typo, tolerant matching creates no wrong row', () => {
  checkKind([
    // "could" is a word: never read as "cloud".
    ['en-US', 'the customer could move Office 365 from another CSP to us', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    // «стороне» is no misspelt «сторонне» (a third party's): the channel stays the other CSP.
    ['ru-RU', 'Office 365 купили у другого CSP, мы на их стороне', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'a Partner Center operado pela 21Vianet, Office 365 de um revendedor local', { cloud: 'china', channel: 'other', service: 'license' }],
    // A short word ("offce" has five letters, "bil" three) is corrected only within one edit.
    ['en-US', 'the customer is commercial, bought offce365 from another CSP', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Azure 是从别的 CSP 买的，经理说 could 下周再谈', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'a Microsoft 365-öt egy másik CSP partnertől vették, viszont most nem sürgős', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: typo, two neighbouring letters swapped inside a stem too short for other edits', () => {
  checkKind([
    ['en-US', 'Office 365 from another CSP, we are an idnirect reseller', { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Office 365 от другого CSP, мы прмяой партнер', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['zh-CN', '客户的 Azure 是从别的 CSP 买的，我们是 driect bill', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'Office 365 de outro parceiro CSP, somos revedna indireta', { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Office 365 egy másik CSP-től, közevtett szolgáltató vagyunk', { channel: 'otherCsp', service: 'license', partnerType: 'indirectProvider' }],
  ]);
});

describe('kind: typo, a letter doubled in the wrong place ("resseler") is one slip', () => {
  checkKind([
    ['en-US', 'we are a tier two resseler', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'мы непрямой ресселлер', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'somos revenda indireta, comprado via distribuiddor', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'mi viszonteladók vagyunk diszztribútoron keresztül', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: typo, a short word with two neighbouring letters swapped ("CPS", "opne", "MPAS")', () => {
  checkKind([
    ['en-US', 'they got Azure from a different CPS partner', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'it was bought under opne value', { channel: 'open' }],
    ['ru-RU', 'Azure брали у другого CPS партнёра', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', 'Azure 是从另一个 CPS 合作伙伴买的', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'o Azure veio de outro parceiro CPS', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'az Azure-t egy másik CPS partnertől vették', { channel: 'otherCsp', service: 'usage' }],
    // Three letters in lower case may be a word of their own: not corrected.
    ['en-US', 'they got Azure from a different cps partner', { service: 'usage' }],
  ]);
});

describe('kind: typo, a Chinese typo that fits a term and its own longer form is one reading', () => {
  checkKind([
    ['zh-CN', '这个客户在美国正府云上', { cloud: 'usgov' }],
    ['zh-CN', '我们用的是美国正府合作伙伴中心', { cloud: 'usgov' }],
    ['zh-CN', '客户是美国正府部门', { cloud: 'usgov' }],
  ]);
});
