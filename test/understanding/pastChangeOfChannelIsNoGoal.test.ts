// A customer's past change of channel ("they moved to an EA in 2023", «перенес подписки на EA»,
// "去年就迁到 EA 了") says where it buys today, not that the partner's goal is a move; a move done
// by us, one wanted or one planned still states the goal.
import { checkKind } from './kindCheck';

describe("a customer's past change of channel states no goal", () => {
  checkKind([
    ['en-US', 'The customer moved everything to an Enterprise Agreement back in 2022 and runs Microsoft 365 E3 there.', { channel: 'ea', service: 'license' }],
    ['en-US', 'They switched to buying Office 365 straight from Microsoft last spring.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'In 2021 the client migrated its Microsoft 365 seats to another CSP partner.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Клиент в 2023 году перенес все подписки Office 365 на EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Они мигрировали на Open Value в прошлом году, Microsoft 365 E3.', { channel: 'open', service: 'license' }],
    ['zh-CN', '他们去年就把 Microsoft 365 迁到 EA 了。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户 2022 年换到了另一家 CSP，Office 365。', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Eles migraram o Microsoft 365 pro EA em 2022.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél tavaly átköltöztette az Office 365-öt egy másik CSP partnerhez.', { channel: 'otherCsp', service: 'license' }],
    // Near misses: wanted, planned or done by us, the move stays the goal.
    ['en-US', 'They want to move their Microsoft 365 from the EA to us.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'We moved their Microsoft 365 subscriptions into our CSP tenant last month.', { service: 'license', goal: 'move' }],
    ['en-US', 'They are planning to move their Office 365 to our CSP.', { service: 'license', goal: 'move' }],
    ['en-US', 'They moved to an EA in 2023 and now they want to move the Office 365 seats to us.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'Мы перенесли их Office 365 в наш CSP в прошлом месяце.', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Office 365 转到我们这边。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Nós migramos o Office 365 deles para o nosso CSP mês passado.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Tavaly átköltöztettük az Office 365-öt a mi CSP tenantunkba.', { service: 'license', goal: 'move' }],
  ]);
});
