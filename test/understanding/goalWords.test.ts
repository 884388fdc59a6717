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

describe('kind: goalWords, the invoices coming from us is a move', () => {
  checkKind([
    ['en-US', 'Office 365 via Open; going forward the invoices should come from us.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 через Open; хотят, чтобы счета приходили от нас.', { channel: 'open', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 是通过 Open 买的，希望账单由我们出。', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Office 365 pelo Open; querem que o faturamento seja pela gente.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365, Open licenccel vették; azt szeretnék, ha a számlák tőlünk jönnének.', { channel: 'open', service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goalWords, a person who moved house is no move of subscriptions', () => {
  checkKind([
    [
      'en-US',
      'Their admin moved to Berlin, nobody knows the password; they want us to look after the Office 365 seats.',
      { service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Их админ переехал в другой город; хотят, чтобы мы поддерживали Office 365.', { service: 'license', goal: 'support' }],
    ['zh-CN', '他们的管理员搬到外地了，想让我们支持 Office 365。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'O dono se mudou para Lisboa; querem que a gente dê suporte ao Office 365.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'A rendszergazda Debrecenbe költözött, az Office 365-öt kezeljük mi.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: goalWords, "nobody is moving anything" negates the move', () => {
  checkKind([
    ['en-US', "They want us to keep supporting the Office 365 licences; nobody's moving anything.", { service: 'license', goal: 'support' }],
    ['ru-RU', 'Хотят, чтобы мы поддерживали Office 365; никто ничего переносить не будет.', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户希望我们继续支持 Office 365，没人要迁移。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem que a gente continue dando suporte ao Office 365; ninguém vai migrar nada.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Azt kérik, hogy támogassuk az Office 365-öt; senki nem akar semmit átvinni.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: goalWords, "PoR" written with its capitals is the partner of record (a move)', () => {
  checkKind([
    ['en-US', 'They want us to become the PoR for their Office 365 seats bought via Open.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Клиент хочет, чтобы мы стали PoR по их Office 365 (куплен через Open).', { channel: 'open', service: 'license', goal: 'move' }],
    ['zh-CN', '客户想让我们做 Office 365 的 PoR，原来是通过 Open 买的。', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem que a gente seja o PoR das licenças do Office 365, compradas pelo Open.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Azt szeretnék, hogy mi legyünk a PoR az Office 365-höz, amit Open licenccel vettek.', { channel: 'open', service: 'license', goal: 'move' }],
    // The Portuguese word "por" is no abbreviation.
    ['pt-BR', 'O Office 365 foi comprado por meio do Open.', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: goalWords, the subscriptions brought under our account is a move', () => {
  checkKind([
    ['en-US', 'Office 365 via Open; they want to bring the subscriptions under our CSP account.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 через Open; хотят перенести подписки на наш аккаунт.', { channel: 'open', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 是通过 Open 买的，想把订阅放到我们的账户。', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Office 365 pelo Open; querem puxar as assinaturas pra nossa conta.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365, Open licenccel; az előfizetéseket a mi fiókunkba kérik.', { channel: 'open', service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goalWords, taking care of it in the speaker\'s idiom is support ("tomar conta", "apoio técnico")', () => {
  checkKind([
    ['en-US', 'They want us to take care of their Office 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Хотят, чтобы мы присматривали за их Office 365.', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户想让我们照看一下 Office 365。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem que a gente tome conta do Office 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem que lhes prestemos apoio técnico no Office 365.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Azt kérik, hogy gondozzuk az Office 365-öt.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: goalWords, everyday words for support and for billing by us from the renewal', () => {
  checkKind([
    ['en-US', 'Just keep the lights on for their Microsoft 365, nothing else.', { service: 'license', goal: 'support' }],
    ['en-US', "We'd handle the daily admin for their Office 365.", { service: 'license', goal: 'support' }],
    ['ru-RU', 'Office 365 через Open, с продления будут платить нам.', { channel: 'open', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 是通过 Open 买的，续订后改由我们计费。', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Office 365 pelo Open, querem sustentação da nossa parte.', { channel: 'open', service: 'license', goal: 'support' }],
    ['pt-BR', 'Office 365 pelo Open, a partir de janeiro o faturamento sai da gente.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365 Openen keresztül, a megújítástól kezdve mi számlázunk.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365, a folyamatos adminisztrációt kérik tőlünk.', { service: 'license', goal: 'support' }],
  ]);
});

describe("kind: goalWords, 'us to bill them' is billing by us, a move; billing for support is not", () => {
  checkKind([
    ['en-US', 'Microsoft 365 seats, they would like us to bill them going forward.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365: we manage it and bill them for support.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: goalWords, the billing coming over to the partner is a move; billing that stays is not', () => {
  checkKind([
    ['en-US', 'what they are after is for the billing to come over to us', { goal: 'move' }],
    ['ru-RU', 'директор просит, чтобы оплата за лицензии перешла к нам', { goal: 'move' }],
    ['ru-RU', 'в итоге мы возьмём эти подписки себе', { goal: 'move' }],
    ['ru-RU', 'счета не пойдут через нас, нужна только поддержка', { goal: 'support' }],
    ['zh-CN', '老板希望以后账单都转到我们这边', { goal: 'move' }],
    ['pt-BR', 'a diretoria quer que a cobrança venha para a gente', { goal: 'move' }],
    ['pt-BR', 'a fatura não passa para nós, só suporte', { goal: 'support' }],
    ['hu-HU', 'a vezetés azt kéri, hogy a számlázás hozzánk kerüljön', { goal: 'move' }],
  ]);
});

describe('kind: goalWords, the billing taken over to us in everyday words is a move; not taken, it is not', () => {
  checkKind([
    ['en-US', 'Dynamics 365 customer, the plan is that we grab the billing from now on', { service: 'license', goal: 'move' }],
    ['ru-RU', 'по Dynamics 365 они просят, чтобы мы забрали весь биллинг на себя', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Dynamics 365: забирать счета к нам не надо, только поддержка', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Dynamics 365 的客户，想让我们把账单转过来', { service: 'license', goal: 'move' }],
    ['pt-BR', 'cliente de Dynamics 365, a ideia é puxar todo o faturamento pra gente', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Dynamics 365-ös ügyfél, azt kérik, hogy vegyük át a számlázást', { service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goalWords, Russian: «вести подписки» (to run the subscriptions where they are) is support', () => {
  checkKind([
    ['ru-RU', 'Просят вести подписки, где они есть. Office 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Нужно вести их подписки Microsoft 365, переносить не надо.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: goalWords, a goal wanted once ("at first they wanted to move") gives way to a different goal said after it', () => {
  checkKind([
    [
      'en-US',
      'At first they wanted to migrate everything to us, then the director joined and said no, for now it is just support. Office 365.',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'They originally wanted to move the Office 365 subscriptions, but the CFO changed it: just support for now.',
      { service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Сначала они хотели перенести всё к нам, потом директор сказал нет, пока только поддержка. Office 365.', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户原本打算把订阅迁移到我们这里，CFO 加入之后变成了只做支持。Office 365。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户之前想要迁移 Office 365，现在改成只做运维。', { service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'No começo eles queriam migrar tudo pra gente, aí o diretor disse que não, por enquanto é só suporte. Office 365.',
      { service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Eleinte át akarták vinni az Office 365 előfizetéseket, aztán az igazgató szólt, hogy egyelőre csak üzemeltetés.',
      { service: 'license', goal: 'support' },
    ],
    // Told as past with nothing said after it, the wish is still the goal; wanted now, it stays asked beside the past one.
    ['en-US', 'They wanted to move the Office 365 subscriptions.', { service: 'license', goal: 'move' }],
    ['en-US', 'They want to move it; last year they wanted support only. Office 365.', { service: 'license' }, ['goal']],
  ]);
});

describe('kind: goalWords, a move "not asked for" («переносить не просят») is not the goal', () => {
  checkKind([['ru-RU', 'Хотят от нас поддержку, переносить не просят. Office 365.', { service: 'license', goal: 'support' }]]);
});

describe('kind: goalWords, a move another party pushes for ("keeps pushing to migrate", «продавливает перенос», "一直推动迁移") gives way to the goal the customer states', () => {
  const said = { service: 'license', goal: 'support' } as const;
  checkKind([
    ['en-US', 'Our reseller under us keeps pushing to migrate the Office 365 to us, but the customer has said clearly: no migration, just support.', said],
    ['ru-RU', 'Реселлер продавливает перенос Office 365, а клиент решил: только поддержка.', said],
    ['zh-CN', '经销商一直推动迁移 Office 365，但客户只要支持。', said],
    ['pt-BR', 'Eles ficam pressionando pra migrar o Office 365, mas o cliente decidiu: só suporte.', said],
    ['hu-HU', 'A viszonteladó erőlteti a migrációt, de az ügyfél csak támogatást kér az Office 365-höz.', said],
    // Pushed for by the customer with nothing else said, it is the goal.
    ['en-US', 'The customer keeps pushing to migrate the Office 365.', { service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goalWords, the partner to invoice from now on («чтобы счета выставляли мы», "由我们开票", "que a gente fature", "mi számláznánk") is a move', () => {
  const said = { service: 'license', goal: 'move' } as const;
  checkKind([
    ['ru-RU', 'Office 365. Хотят, чтобы счета выставляли мы.', said],
    ['zh-CN', 'Office 365，客户希望以后由我们来开票。', said],
    ['pt-BR', 'Office 365. Querem que a gente fature.', said],
    ['hu-HU', 'Office 365. Azt szeretnék, ha mi számláznánk.', said],
    ['hu-HU', 'Office 365. A számlázást hozzánk akarják hozni.', said],
    // The partner's own way of billing ("we bill directly") is no goal.
    ['hu-HU', 'Közvetlenül számlázunk.', {}],
  ]);
});

describe('kind: goalWords, a move refused in a bare noun phrase ("no transfer", «никакого переноса», "不迁移", "nada de migração", "semmi transfer") is no goal', () => {
  checkKind([
    // A long English message with loanwords ("plan", "billing", "transfer") was read as Russian typed in
    // Latin letters, and its "no" as «но» (but).
    [
      'en-US',
      "ok on the phone with Fabrikam Dental. they have Dynamics 365 Sales, 12 users, bought through a syndication partner - a telco, they bundled it with their internet plan in 2021. they just want us to administer it and support their users, no transfer, they're fine with the billing as is. we're T1.",
      { channel: 'syndication', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    // Guards: these were read already.
    ['en-US', 'Support for the Office 365 only, no migration at all.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Только поддержка Office 365, никакого переноса.', { service: 'license', goal: 'support' }],
    ['zh-CN', '只要支持 Office 365，不迁移。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Só suporte do Office 365, nada de migração.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Csak supportalni kell az Office 365-ot, semmi transfer.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az Office 365-öt csak támogatnunk kell, semmiféle migráció.', { service: 'license', goal: 'support' }],
  ]);
});
