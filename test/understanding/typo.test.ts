// Kind "typo": a misspelt long word of the lexicons, also when it is a form of a stem (its ending
// kept), and the guards that keep an ordinary word from being taken for one.
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
