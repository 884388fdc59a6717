// A complaint about someone's support ("complained about slow support", «жаловался на поддержку»,
// "抱怨支持太慢", "reclamou do suporte", "panaszkodott a támogatásra") says what went wrong, not
// what is wanted of this partner: the goal stated beside it stands; support wanted still reads.
import { checkKind } from './kindCheck';

describe('kind: goalWords, a complaint about support is not the goal', () => {
  checkKind([
    ['en-US', 'Decision: transfer the Microsoft 365 subscriptions to us. Customer complained about slow support.', { service: 'license', goal: 'move' }],
    ['en-US', 'Microsoft 365 customer, unhappy with the support they get today; they want us to take over the billing.', { service: 'license', goal: 'move' }],
    ['en-US', 'Microsoft 365 customer complained about their partner, they only want us to support them.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Решение: перевести подписки Microsoft 365 к нам. Клиент жаловался на медленную поддержку.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Клиент недоволен поддержкой, подписки Microsoft 365 хотят перевести к нам.', { service: 'license', goal: 'move' }],
    ['zh-CN', '决定：把 Microsoft 365 订阅转到我们这里。客户抱怨原来的支持太慢。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户投诉过之前的支持，Microsoft 365 只想让我们做技术支持。', { service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Decisão: transferir as assinaturas do Microsoft 365 para nós\n- Ponto de atenção: cliente reclamou de demora no suporte',
      { service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Cliente insatisfeito com o suporte atual; querem transferir o Microsoft 365 para nós.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Döntés: a Microsoft 365 előfizetések átvétele hozzánk. Az ügyfél panaszkodott a lassú támogatásra.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az ügyfél elégedetlen a mostani támogatással, a Microsoft 365 előfizetéseket át akarják hozni hozzánk.', { service: 'license', goal: 'move' }],
  ]);
});
