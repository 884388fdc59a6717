// A reference to an option by its place ("the third one", «второй», "第一个", "o segundo", "a
// harmadik") under a question listing three options keeps the one it names; two options said
// together ("…; for this customer the latter") are settled by a reference in a clause of its own.
import { checkKind } from './kindCheck';

const EN_Q = '> Which of these is your company: direct bill partner, indirect provider or indirect reseller?\n\n';
const RU_Q = '> Вы кто: партнер с прямым выставлением счетов, непрямой поставщик или непрямой реселлер?\n\n';
const ZH_Q = '> 贵司的身份：直接账单合作伙伴、间接提供商，还是间接经销商？\n\n';
const PT_Q = '> Qual é o papel da sua empresa: provedor indireto, parceiro de cobrança direta ou revendedor indireto?\n\n';
const HU_Q = '> Milyen partner Önök: közvetlen számlázású partner, közvetett viszonteladó vagy közvetett szolgáltató?\n\n';

describe('a reference to an option by its place', () => {
  checkKind([
    ['en-US', `${EN_Q}Third one. They run Microsoft 365 via an Open agreement.`, { channel: 'open', service: 'license', partnerType: 'indirectReseller' }],
    ['en-US', `${EN_Q}The first. Their Azure sits under an EA.`, { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'en-US',
      'We sell as an indirect reseller and, for a few accounts, as a direct bill partner; for this customer the latter. Dynamics 365 bought from Microsoft online.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', `${EN_Q}Not sure yet. Azure via EA.`, { channel: 'ea', service: 'usage' }, ['partnerType']],
    ['ru-RU', `${RU_Q}Третий. Клиент берет Office 365 по Open.`, { channel: 'open', service: 'license', partnerType: 'indirectReseller' }],
    ['ru-RU', `${RU_Q}Второй. Azure у клиента по EA.`, { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'ru-RU',
      'Мы работаем и как непрямой реселлер, и как партнер с прямым выставлением счетов; здесь второе. Azure клиент купил по EA.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    // A correction between two values is no list, and "первый тир" no reference.
    ['ru-RU', 'Azure у них через Open, нет, через EA, и мы первый тир т1', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', `${ZH_Q}第三个。客户的 Office 365 是 Open 许可买的。`, { channel: 'open', service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', `${ZH_Q}第二个吧。客户的 Azure 在 EA 下。`, { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'zh-CN',
      '我们公司有时做间接经销商，有时做直接账单合作伙伴；这一单是后者。客户的 Azure 在 EA 下。',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    ['zh-CN', '> 客户想继续在原渠道维护，还是把订阅移到你们这里？\n\n后者。Dynamics 365。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户说想把订阅都移到我们这边来。Dynamics 365。', { service: 'license', goal: 'move' }],
    ['zh-CN', `${ZH_Q}还不确定。客户的 Azure 在 EA 下。`, { channel: 'ea', service: 'usage' }, ['partnerType']],
    ['pt-BR', `${PT_Q}O primeiro. Azure do cliente via EA.`, { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['pt-BR', `${PT_Q}O segundo. Azure do cliente via EA.`, { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'Trabalhamos tanto como revendedor indireto quanto como parceiro de cobrança direta; neste cliente, o primeiro. Azure via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', `${HU_Q}A harmadik. Az ügyfél Office 365-öt Open szerződéssel vett.`, { channel: 'open', service: 'license', partnerType: 'indirectProvider' }],
    ['hu-HU', `${HU_Q}A második. Az Azure EA alatt van.`, { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', `${HU_Q}Még nem tudjuk. Az Azure EA alatt van.`, { channel: 'ea', service: 'usage' }, ['partnerType']],
  ]);
});
