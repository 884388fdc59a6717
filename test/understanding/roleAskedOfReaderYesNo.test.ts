// One role put to the reader in a yes-or-no question ("you are a T1 partner, correct?") states no
// role: the writer asks it, when no other role is read in the message. A role said of "you" with more after it in the question ("since you
// are T1, could you take over the billing?") is still stated, and so is the writer's own role.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('one role asked of the reader in a yes-or-no question', () => {
  checkKind([
    [
      'en-US',
      'Our Office 365 licences come from another CSP today and we would like to move them over. Quick check: you are a T1 partner, correct?',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Our Office 365 licences come from another CSP today and we would like to move them over. Are you a distributor?',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'У клиента Office 365 через другого CSP-партнёра, хотим перенести к вам. Вы же дистрибьютор, верно?',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户的 Office 365 现在在别的 CSP 那里，想转到你们这边。你们是分销商吧？', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'Nosso Microsoft 365 vem de outro parceiro CSP e queremos trocar. Vocês são revenda indireta, né?', { channel: 'otherCsp', service: 'license' }],
    [
      'hu-HU',
      'Az Office 365-öt most egy másik CSP-partnertől vesszük, át szeretnénk jönni. Önök közvetlen partner, ugye?',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    // Near misses: the question goes on past the role, or the writer names its own role.
    [
      'en-US',
      "Since you're a direct bill partner, could you take over the Office 365 billing from our current CSP?",
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    ['en-US', 'We are an indirect reseller. Azure on EA. Are you a distributor?', { channel: 'ea', service: 'usage' }, ['partnerType']],
    [
      'ru-RU',
      'У клиента Office 365 через другого CSP-партнёра. Вы ведь дистрибьютор, поэтому сможете ли вы взять биллинг на себя?',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '客户的 Office 365 现在在别的 CSP 那里。既然你们是一级合作伙伴，能不能帮忙接管账单？',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'Nosso Microsoft 365 vem de outro parceiro CSP. Como vocês são parceiro direto, podem assumir o faturamento?',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Az Office 365-öt most egy másik CSP-partnertől vesszük. Önök közvetlen partnerként át tudják venni a számlázást?',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
  ]);
  // Near misses: a customer also names its current seller's role; the seller's role is never
  // read as the partner's answer (the asked role keeps the conflict when another role is read).
  const seller: [string, string][] = [
    ['en-US', 'We buy Microsoft 365 through a partner of a distributor at the moment. You are a direct bill partner, correct? We want to change.'],
    ['en-US', 'Our Azure is from our reseller, and they buy from a distributor. You are a direct bill partner, correct?'],
    ['en-US', 'Mail from the customer: an indirect reseller sells us Azure now. You are T1, correct? We plan to move to you.'],
    ['en-US', 'Today our CSP is an indirect reseller. Are you a distributor? We plan to move Microsoft 365.'],
    ['zh-CN', '客户来信：目前我们的Microsoft 365是从一家二级经销商买的。你们是一级合作伙伴吧？打算转过来。'],
    ['ru-RU', 'Клиент пишет: Microsoft 365 мы берём у непрямого реселлера. Вы ведь прямой партнёр? Думаем перейти.'],
    ['pt-BR', 'Mensagem do cliente: o Microsoft 365 vem de uma revenda indireta. Vocês são distribuidor, né? Queremos mudar.'],
  ];
  for (const [lang, text] of seller)
    it(`${lang}: reads no role: ${text.slice(0, 60)}`, () => {
      assert.strictEqual(understand(text).answers.partnerType, undefined);
    });
});
