// A customer asking the partner which of two roles it has ("are you a distributor or a reseller?")
// states no role: two roles that are the predicate of "you" in a question are neither read nor a
// conflict. "You" as the subject of another verb (check, see, confirm) leaves the role asked.
import { checkKind } from './kindCheck';

describe('two roles put to the reader as the predicate of "you" in a question', () => {
  checkKind([
    ['en-US', 'Our Azure bill comes from a CSP partner now. One thing first: are you a distributor or a reseller?', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Office 365 сейчас у другого партнера. Подскажите, вы же дистрибьютор или реселлер?', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '我们主要用 Azure 资源。顺便问下，你们是分销商还是二级经销商？', { service: 'usage' }],
    ['pt-BR', 'Usamos Microsoft 365 há um ano. Só uma dúvida: vocês são distribuidor ou revenda indireta?', { service: 'license' }],
    ['hu-HU', 'Azure-t használunk. Egy kérdés: önök disztribútorok vagy viszonteladók?', { service: 'usage' }],
    // Near misses: "you" checks or looks up the role; the writer's own role stays asked.
    [
      'en-US',
      'Client runs an EA. We joined as a distributor two years ago. Can you look up in Partner Center whether that is distributor or indirect reseller?',
      { channel: 'ea' },
      ['partnerType'],
    ],
    [
      'pt-BR',
      'Cliente tem EA. Entramos como distribuidor. Vocês podem confirmar no Partner Center se é distribuidor ou revenda indireta?',
      { channel: 'ea' },
      ['partnerType'],
    ],
    [
      'zh-CN',
      '客户有EA。我们去年以分销商身份加入。您能在合作伙伴中心帮我们确认一下是分销商还是二级经销商吗？',
      { channel: 'ea', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'У клиента EA. Мы вступили как дистрибьютор. Вы можете уточнить в Partner Center, дистрибьютор или непрямой реселлер?',
      { channel: 'ea' },
      ['partnerType'],
    ],
    [
      'hu-HU',
      'Az ügyfélnek EA-ja van. Disztribútorként csatlakoztunk. Önök meg tudják nézni a Partner Centerben, hogy disztribútor vagy közvetett viszonteladó?',
      { channel: 'ea' },
      ['partnerType'],
    ],
    ['en-US', 'Are you a distributor or a reseller?\n\nNo idea, honestly. Azure on an EA.', { channel: 'ea', service: 'usage' }, ['partnerType']],
    ['en-US', 'Could you check whether we are T2 or a distributor?', {}, ['partnerType']],
  ]);
});
