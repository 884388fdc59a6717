// Kind "whose": a role another party states of itself in a quote, under a doubt ("we are probably a
// distributor"), as one of two ("a distributor or a reseller") or denied ("we are not a distributor"),
// is still theirs: nothing of this partner's role is asked, doubted or said no to. What the quote
// says of the other questions stays ("sold it via EA or Open" is asked), and a goal the quote states
// beside a usage-based service it names stays when the message settles another service.
import { checkRead } from './kindCheck';

describe('kind: whose, a quoted party doubting its own role leaves ours unasked', () => {
  checkRead([
    ['en-US', 'The customer forwarded a mail: "We are probably a distributor." The customer has Office 365.', { service: 'license' }, {}],
    ['ru-RU', 'Клиент переслал письмо: «Мы, возможно, дистрибьютор». У клиента Office 365.', { service: 'license' }, {}],
    ['zh-CN', '客户转来了前合作伙伴的邮件：“我们可能是分销商，具体情况请问我们的销售经理。”客户用的是 Office 365。', { service: 'license' }, {}],
    ['pt-BR', 'O cliente mandou a mensagem: "Talvez sejamos distribuidor." O cliente tem Office 365.', { service: 'license' }, {}],
    ['hu-HU', 'Az ügyfél továbbította a levelet: „Talán disztribútor vagyunk.” Az ügyfélnek Office 365-e van.', { service: 'license' }, {}],
  ]);
});

describe('kind: whose, a quoted party naming two roles of its own leaves ours unasked', () => {
  checkRead([
    ['en-US', 'The customer forwarded a mail: "We are a distributor or a reseller." The customer has Office 365.', { service: 'license' }, {}],
    ['ru-RU', 'Клиент переслал письмо: «Мы дистрибьютор или реселлер». У клиента Office 365.', { service: 'license' }, {}],
    ['zh-CN', '客户转来了前合作伙伴的邮件：“我们是分销商或者经销商，具体情况请问我们的销售经理。”客户用的是 Office 365。', { service: 'license' }, {}],
    ['pt-BR', 'O cliente mandou a mensagem: "Somos distribuidor ou revenda." O cliente tem Office 365.', { service: 'license' }, {}],
    ['hu-HU', 'Az ügyfél továbbította a levelet: „Disztribútor vagy viszonteladó vagyunk.” Az ügyfélnek Office 365-e van.', { service: 'license' }, {}],
  ]);
});

describe('kind: whose, a quoted party denying a role of its own says no role of ours', () => {
  checkRead([
    ['en-US', 'The customer forwarded a mail: "We are not a distributor." The customer has Office 365.', { service: 'license' }, {}],
    ['ru-RU', 'Клиент переслал письмо: «Мы не дистрибьютор». У клиента Office 365.', { service: 'license' }, {}],
    ['zh-CN', '客户转来了前合作伙伴的邮件：“我们不是分销商，具体情况请问我们的销售经理。”客户用的是 Office 365。', { service: 'license' }, {}],
    ['pt-BR', 'O cliente mandou a mensagem: "Não somos distribuidor." O cliente tem Office 365.', { service: 'license' }, {}],
    ['hu-HU', 'Az ügyfél továbbította a levelet: „Nem vagyunk disztribútor.” Az ügyfélnek Office 365-e van.', { service: 'license' }, {}],
  ]);
});

describe('kind: whose, what a quote says of the other questions stays', () => {
  checkRead([
    [
      'en-US',
      'The customer forwarded a mail: "We are a distributor and sold it via EA or Open." The customer has Office 365.',
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'en-US',
      'The customer forwarded a mail: "We are a distributor and it is not via EA." The customer has Office 365.',
      { service: 'license' },
      { negated: ['channel'] },
    ],
    [
      'en-US',
      'The customer forwarded a mail: "We are a distributor, maybe via EA." The customer has Azure.',
      { service: 'usage' },
      { hedged: { channel: 'ea' } },
    ],
  ]);
});

describe('kind: whose, a quote keeps the goal it states beside a usage-based service the message sets aside', () => {
  checkRead([
    [
      'en-US',
      'The customer forwarded a mail: "We want to migrate our servers to Azure." But it turned out to be Office 365.',
      { service: 'license', goal: 'move' },
      {},
    ],
    ['ru-RU', 'Клиент переслал письмо: «Мы хотим перенести серверы в Azure». Но оказалось, что речь про Office 365.', { service: 'license', goal: 'move' }, {}],
    ['zh-CN', '客户转来了邮件：“我们想把服务器迁移到 Azure。”但其实是 Office 365。', { service: 'license', goal: 'move' }, {}],
    [
      'pt-BR',
      'O cliente mandou a mensagem: "Queremos migrar os servidores para o Azure." Mas na verdade é Office 365.',
      { service: 'license', goal: 'move' },
      {},
    ],
    [
      'hu-HU',
      'Az ügyfél továbbította a levelet: „Át akarjuk költöztetni a szervereket az Azure-ba.” De kiderült, hogy Office 365-ről van szó.',
      { service: 'license', goal: 'move' },
      {},
    ],
  ]);
});
