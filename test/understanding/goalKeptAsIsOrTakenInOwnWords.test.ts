// The goal said in the speaker's own words: the agreement and the billing kept as they are, or a
// look at the product now and then, is support ("semmi átvétel" negates the takeover beside it);
// the whole account or billing brought to us, in words the lexicons lacked, is a move.
import { checkKind } from './kindCheck';

describe('the goal as the agreement and billing kept as they are, or taken over in own words', () => {
  checkKind([
    ['en-US', 'Microsoft 365 for 40 users. The contract and the invoicing remain unchanged; we just help out.', { service: 'license', goal: 'support' }],
    ['en-US', 'They would love us to take on the whole Teams estate, billing included.', { service: 'license', goal: 'move' }],
    ['en-US', 'We only look at their Exchange mailboxes every so often.', { service: 'license', goal: 'support' }],
    ['en-US', 'We looked at their Exchange setup once, last spring.', { service: 'license' }],
    ['pt-BR', 'Exchange Online, 30 caixas. O contrato e a cobrança continuam intactos.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem passar toda a conta do Dynamics para nós.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'A conta do Azure foi aberta pelo próprio cliente.', { service: 'usage' }],
    ['ru-RU', 'Exchange Online у них, договор и счета пусть остаются без изменений.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Teams на 30 мест. Хотят, чтобы счета за подписки теперь выставляли им мы.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Счета за Teams им выставляет сам Microsoft.', { service: 'license' }],
    ['zh-CN', '他们的 Exchange Online，合同和计费都不变，我们定期检查一下就行。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Teams 的账单上个月变了。', { service: 'license' }],
    ['hu-HU', 'Exchange Online, 20 postafiók. Néha rá kell néznünk, más nem kell.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'A Teams-licenceket most át akarjuk venni.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Microsoft 365 Business Standard, nézzünk rá időnként, semmi átvétel.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365 – semmi gond, az átvétel mehet.', { service: 'license', goal: 'move' }],
  ]);
});
