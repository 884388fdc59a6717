// Kind "rambling": long messages whose other clauses must not make a conflict: the partner's own
// services named next to the goal, a topic marker that looks like a channel.
import { checkKind } from './kindCheck';

describe('kind: rambling (irrelevant clauses set nothing)', () => {
  checkKind([
    [
      'en-US',
      'Long story: they want to move the Office 365 licences to us and add them to our managed services invoice.',
      { service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Хотят перенести Office 365 к нам и платить вместе с нашими управляемыми услугами.', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Office 365 迁移到我们这边，和我们的托管服务一起结算。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem migrar o Office 365 pra gente e pagar junto com nossos serviços gerenciados.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Microsoft oldalon: az Office 365-öt át akarják hozni hozzánk, a havi üzemeltetési díjjal együtt.', { service: 'license', goal: 'move' }],
    // What the customer wants from us is still read: managed services asked for are support.
    ['en-US', 'They want managed services from us for their Office 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem manter lá e a gente só administra o Office 365.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, a product the speaker sets aside ("so ignore that") answers nothing', () => {
  checkKind([
    [
      'en-US',
      'They once had an Azure pilot, it ended long ago, so ignore that. The Exchange Online licences came through Open.',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Был ещё пробный Azure, но он давно закончился, про него можно забыть. Exchange Online куплен через Open.',
      { channel: 'open', service: 'license' },
    ],
    ['zh-CN', '以前还有个 Azure 试用，早就过期了，这个可以忽略。Exchange Online 是通过 Open 买的。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Tinha um Azure de teste, já expirou, então esquece isso. O Exchange Online veio pelo Open.', { channel: 'open', service: 'license' }],
    [
      'hu-HU',
      'Volt egy Azure tesztjük is, de régen lejárt, azzal nem kell foglalkozni. Az Exchange Online-t Open licenccel vették.',
      { channel: 'open', service: 'license' },
    ],
  ]);
});

describe('kind: rambling, "only X" restricts the kind of service to X\'s', () => {
  checkKind([
    ['en-US', 'They run Azure and Office 365, but this case is about Office 365 only, bought via EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'У них есть Azure и Office 365, но обсуждаем только Azure, он куплен через EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户有 Azure 也有 Office 365，这次只谈 Office 365，是通过 EA 买的。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Eles têm Azure e Office 365, mas o caso é só o Azure, comprado via EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Van Azure-juk és Office 365-jük is, de most csak az Office 365 számít, EA-n vették.', { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: rambling, a topic put off for later answers nothing, and only its own clause', () => {
  checkKind([
    [
      'en-US',
      'commercial cloud, Office 365 from another CSP, they mentioned Azure as well but that is for another day',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Office 365 от другого CSP. Еще спрашивали про Azure, но это отдельная история.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是从别的 CSP 买的，另外他们问了 Azure，这个以后再说', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Office 365 de outro parceiro CSP, perguntaram do Azure também mas isso fica pra depois', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Office 365 egy másik CSP partnertől, az Azure-ról is kérdeztek, de az más téma', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: rambling, the goal said to be wanted outweighs the goal verbs of the story', () => {
  checkKind([
    ['en-US', 'We moved to a new office last year. What they want now is someone to support their Microsoft 365.', { service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Мы в прошлом году переехали в новый офис. Сейчас клиент хочет, чтобы мы поддерживали их Microsoft 365.',
      { service: 'license', goal: 'support' },
    ],
    ['zh-CN', '我们去年搬了办公室。现在客户希望我们支持他们的 Microsoft 365。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Mudamos de escritório no ano passado. Agora o cliente quer que a gente dê suporte ao Microsoft 365.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Tavaly átköltöztünk egy új irodába. Most az ügyfél azt szeretné, hogy támogassuk a Microsoft 365-öt.', { service: 'license', goal: 'support' }],
    // Two goals both wanted, or offered as options, are asked.
    ['en-US', 'They either want support or want to move the Microsoft 365 to us', { service: 'license' }, ['goal']],
  ]);
});

describe('kind: rambling, a hedge after what it doubts ("EA, I think", «EA вроде», «или нет») leaves that answer open', () => {
  checkKind([
    ['en-US', 'Microsoft 365 bought through EA, I think', { service: 'license' }],
    ['ru-RU', 'Microsoft 365 куплен через EA вроде, мы direct', { service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'Microsoft 365 куплен через EA или нет, не знаю', { service: 'license' }],
    ['zh-CN', '客户的 Microsoft 365 好像是通过 EA 买的', { service: 'license' }],
    ['pt-BR', 'o Microsoft 365 foi comprado via EA, acho.', { service: 'license' }],
    ['hu-HU', 'a Microsoft 365-öt EA-n keresztül vették, azt hiszem', { service: 'license' }],
  ]);
});

describe('kind: rambling, what "turned out" takes back what was said before it', () => {
  checkKind([
    ['en-US', 'they said EA but it turned out the licences came through Open Value', { channel: 'open', service: 'license' }],
    ['ru-RU', 'говорили про EA, но оказалось, что через Open Value', { channel: 'open' }],
    ['zh-CN', '客户说是 EA，结果发现是通过 Open Value 买的', { channel: 'open' }],
    ['pt-BR', 'falaram em EA, mas acontece que foi pelo Open Value', { channel: 'open' }],
    ['hu-HU', 'EA-t mondtak, de kiderült, hogy Open Value-n keresztül vették', { channel: 'open' }],
  ]);
});

describe('kind: rambling, the cloud said in a fragment or with words between', () => {
  checkKind([
    ['ru-RU', 'Облако у них обычное коммерческое, мы direct', { cloud: 'global', partnerType: 'direct' }],
    ['ru-RU', 'Azure через EA. Коммерческое. Мы direct', { cloud: 'global', channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Dynamics 365, гос облако США', { cloud: 'usgov', service: 'license' }],
    ['ru-RU', 'облако — либо китайское, либо глобальное, второе', { cloud: 'global' }],
    ['ru-RU', 'Облако не глобальное, а китайское', { cloud: 'china' }],
  ]);
});

describe('kind: rambling, what was thought at first ("at first they said", «сначала думали») is taken back without a marker word', () => {
  checkKind([
    ['en-US', 'At first they said it was EA, then the finance team found the contract. We are direct.', { partnerType: 'direct' }],
    ['ru-RU', 'Сначала думали, что через EA, потом нашли договор — там другое. Мы direct.', { partnerType: 'direct' }],
    ['zh-CN', '一开始以为是通过 EA 买的，后来财务查了合同。我们是直签伙伴。', { partnerType: 'direct' }],
    ['pt-BR', 'No início achavam que era EA, depois o financeiro achou o contrato. Somos revenda direta.', { partnerType: 'direct' }],
    [
      'hu-HU',
      'Először azt gondolták, hogy EA-n keresztül vették, aztán a pénzügy megtalálta a szerződést. Mi direct partner vagyunk.',
      { partnerType: 'direct' },
    ],
    ['ru-RU', 'Сначала думали, что через EA, потом выяснилось, что через Open Value', { channel: 'open' }],
  ]);
});
