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
