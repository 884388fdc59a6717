// Kind "goalWords": what the customer wants, in colloquial words.
import { checkKind } from './kindCheck';

describe("kind: goalWords (the goal in the speaker's words)", () => {
  checkKind([
    ['en-US', 'they want us to take it all over, Office 365', { service: 'license', goal: 'move' }],
    ['en-US', 'we should just look after their Office 365', { service: 'license', goal: 'support' }],
    ['ru-RU', 'хотят перетащить Office 365 к нам', { service: 'license', goal: 'move' }],
    ['ru-RU', 'надо просто присматривать за их Office 365', { service: 'license', goal: 'support' }],
    ['zh-CN', '他们想让我们把 Office 365 接过来', { service: 'license', goal: 'move' }],
    ['pt-BR', 'querem que a gente assuma tudo do Office 365', { service: 'license', goal: 'move' }],
    ['hu-HU', 'tartsuk karban az Office 365-öt', { service: 'license', goal: 'support' }],
    // Taking over the licences themselves is a move, whatever word points at them ("those", «эти», "ezeket").
    ['en-US', 'they want us to take over their Microsoft 365 licences', { service: 'license', goal: 'move' }],
    ['en-US', 'we would take over support of the licences', { service: 'license', goal: 'support' }],
    ['ru-RU', 'хотят, чтобы мы взяли на себя эти лицензии', { service: 'license', goal: 'move' }],
    ['zh-CN', '希望我们接管这些 Microsoft 365 许可证', { service: 'license', goal: 'move' }],
    ['pt-BR', 'querem que a gente assuma essas licenças', { service: 'license', goal: 'move' }],
    ['hu-HU', 'azt szeretnék, hogy mi vegyük át ezeket a licenceket', { service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goalWords, idioms for looking after and for coming over', () => {
  checkKind([
    ['en-US', 'Could you keep an eye on their Office 365 for them?', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Просят следить за их Office 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Мы хотим забрать к себе их Office 365.', { service: 'license', goal: 'move' }],
    ['zh-CN', '请帮客户盯着 Office 365 就好。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Só precisamos ficar de olho no Office 365 deles.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Nada de migrar, só suporte no Office 365.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Csak rajta tartjuk a szemünket az Office 365-ön.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az ügyfél hozzánk szeretne jönni az Office 365-tel.', { service: 'license', goal: 'move' }],
    // A customer coming to see us wants nothing moved yet.
    ['hu-HU', 'Holnap jön hozzánk egy ügyfél az Office 365-tel.', { service: 'license' }],
  ]);
});

describe('kind: goalWords, looking after the subscriptions in the speaker’s words is support', () => {
  checkKind([
    ['en-US', 'They just want us to watch over their Exchange Online, nothing moves.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Клиент просит наблюдать за его Exchange Online, переносить ничего не нужно.', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Exchange Online 只需要我们帮忙看一下，不用迁移。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem só que a gente acompanhe o Exchange Online deles, nada de migrar.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Csak annyit kérnek, hogy figyeljünk rá az Exchange Online-jukra, költözés nincs.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: goalWords, billing them from now on, or switching to us, is a move', () => {
  checkKind([
    ['en-US', 'From now on we’d bill them for the Office 365 seats they bought from another CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Впредь мы будем выставлять им счета за Office 365, сейчас он у другого CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 现在在别的 CSP 那里，以后由我们给他们开票。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'De agora em diante a gente fatura o Office 365 deles, hoje está com outro CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'Ezentúl mi számláznánk nekik az Office 365-öt, most egy másik CSP partnernél van.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'O Office 365 está com outro CSP e eles querem trocar pra gente.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 在别的 CSP，客户想换成我们。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Офис 365 у другого CSP, клиент хочет переехать к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
