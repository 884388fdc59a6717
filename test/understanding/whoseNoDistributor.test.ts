// "Yes, direct, no distributor there": a role said with "no" before it (English has no other
// word for it) is denied, like «без дистрибьютора», "没有分销商", "sem distribuidor" and
// "disztribútor nélkül"; it is no second role beside the partner's own.
import { checkKind } from './kindCheck';

describe('kind: whose, a role denied with "no" before it', () => {
  checkKind([
    ['en-US', "we're direct, no distributor in this deal", { partnerType: 'direct' }],
    ['en-US', 'no reseller, we are the T1', { partnerType: 'direct' }],
    ['en-US', 'they bought on the Microsoft website. no distributor on this one', { channel: 'microsoft' }],
    ['ru-RU', 'мы direct, без дистрибьютора', { partnerType: 'direct' }],
    ['zh-CN', '我们是直签，没有分销商', { partnerType: 'direct' }],
    ['pt-BR', 'somos diretos, sem distribuidor', { partnerType: 'direct' }],
    ['hu-HU', 'direkt partnerek vagyunk, disztribútor nélkül', { partnerType: 'direct' }],
  ]);
});
