// "They used to buy through an EA, now directly from Microsoft": a clause that opens with "now"
// (or "today", "currently") after one placed in the past by "used to", "previously", "before" is
// what is so today, as after "but now": today's channel, the partner's role and the cloud are
// read. A past alone keeps its reading; "now that…" and "right now I don't know" mark nothing; a
// present said under a doubt is asked.
import { checkKind, checkRead } from './kindCheck';

describe('correction: a past, then ", now …" says what is so today', () => {
  checkKind([
    ['en-US', 'They used to buy through an EA, now directly from Microsoft.', { channel: 'microsoft' }],
    ['en-US', 'Previously EA, now they buy directly from Microsoft.', { channel: 'microsoft' }],
    ['en-US', 'Before, they had an EA; now they buy from another CSP partner.', { channel: 'otherCsp' }],
    ['en-US', 'Formerly an EA customer, currently buying directly from Microsoft.', { channel: 'microsoft' }],
    ['en-US', 'We used to be a distributor, now we are a T1.', { partnerType: 'direct' }],
    ['ru-RU', 'Раньше покупали через EA, теперь напрямую у Microsoft.', { channel: 'microsoft' }],
    ['ru-RU', 'Раньше у них был EA, сейчас покупают у другого CSP-партнера.', { channel: 'otherCsp' }],
    ['ru-RU', 'Раньше мы были T1, теперь закупаем через дистрибьютора.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '原来走EA，目前从别的CSP合作伙伴买。', { channel: 'otherCsp' }],
    ['zh-CN', '以前是EA，如今直接从微软买。', { channel: 'microsoft' }],
    ['pt-BR', 'Antes compravam por EA, agora direto da Microsoft.', { channel: 'microsoft' }],
    ['pt-BR', 'Antes era EA, hoje compram direto da Microsoft.', { channel: 'microsoft' }],
    ['pt-BR', 'Antes éramos T1, agora compramos pelo nosso distribuidor.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Korábban EA-n keresztül vásároltak, most közvetlenül a Microsofttól.', { channel: 'microsoft' }],
    ['hu-HU', 'Régebben EA volt, jelenleg közvetlenül a Microsofttól vesznek.', { channel: 'microsoft' }],
    ['hu-HU', 'Korábban T1 partner voltunk, most disztribútortól vásárolunk.', { partnerType: 'indirectReseller' }],
    // The cloud too.
    ['en-US', 'They used to be on the global cloud, now they are on 21Vianet.', { cloud: 'china' }],
    ['ru-RU', 'Раньше были в глобальном облаке, теперь в 21Vianet.', { cloud: 'china' }],
    ['zh-CN', '以前用国际版，现在用世纪互联。', { cloud: 'china' }],
    ['pt-BR', 'Antes usavam a nuvem global, agora estão na 21Vianet.', { cloud: 'china' }],
    ['hu-HU', 'Korábban a globális felhőben voltak, most a kínai felhőben vannak.', { cloud: 'china' }],
  ]);
});

describe('correction: a past alone, or a "now" that says nothing of today, keeps what was said', () => {
  checkKind([
    ['en-US', 'They used to have an EA.', { channel: 'ea' }],
    ['en-US', 'They used to have an EA, now that they are growing they want to migrate.', { channel: 'ea', goal: 'move' }],
    ['en-US', "They used to have an EA, right now I don't know what they have.", { channel: 'ea' }],
    ['en-US', 'They used to buy through an EA, but now they buy directly from Microsoft.', { channel: 'microsoft' }],
    ['ru-RU', 'У них раньше был EA.', { channel: 'ea' }],
    ['ru-RU', 'Раньше у них был EA, сейчас не знаю.', { channel: 'ea' }],
    ['zh-CN', '他们以前有EA。', { channel: 'ea' }],
    ['pt-BR', 'Antes eles tinham EA.', { channel: 'ea' }],
    ['pt-BR', 'Antes eles tinham EA, agora não sei.', { channel: 'ea' }],
    ['hu-HU', 'Korábban EA-juk volt.', { channel: 'ea' }],
    ['hu-HU', 'Korábban EA-juk volt, most nem tudom.', { channel: 'ea' }],
  ]);
});

describe('correction: a past and a present in doubt stay asked', () => {
  checkRead([
    ['en-US', 'Either they used to have an EA or they buy from a CSP now, not sure which.', {}, { conflicts: ['channel'] }],
    ['en-US', 'They used to have an EA, now they might buy from a CSP partner, not sure.', {}, { hedged: { channel: 'otherCsp' } }],
    ['ru-RU', 'Раньше у них был EA или сейчас покупают у другого CSP-партнера — не знаю, что из этого верно.', {}, { conflicts: ['channel'] }],
    ['ru-RU', 'Раньше у них был EA, сейчас, возможно, покупают у другого CSP-партнера, не уверен.', {}, { hedged: { channel: 'otherCsp' } }],
    ['zh-CN', '以前是EA，现在可能是从别的CSP合作伙伴买的，不确定。', {}, { conflicts: ['channel'] }],
    ['pt-BR', 'Antes tinham EA, agora talvez comprem de outro parceiro CSP, não tenho certeza.', {}, { hedged: { channel: 'otherCsp' } }],
    ['hu-HU', 'Korábban EA-juk volt, vagy most egy másik CSP partnertől vásárolnak, nem tudom melyik.', {}, { conflicts: ['channel'] }],
  ]);
});
