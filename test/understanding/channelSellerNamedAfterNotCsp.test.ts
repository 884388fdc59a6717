// A seller said not to be a CSP partner, named after it and set off by a comma ("They're not a
// CSP, just a hosting company", «Они не CSP, просто хостинг-провайдер», "Eles não são CSP, só uma
// empresa de hospedagem"): a third party, as when the seller comes first ("a hosting company (not
// a CSP)"), when another party is the subject ("they", «они», "eles"): not when the partner says it
// of itself ("We're not a CSP, just a reseller"). Two words may stand before the comma ("not a CSP
// at all, a hosting company").
import { checkKind } from './kindCheck';

describe('channel: "not a CSP, just a hosting company" is a third party', () => {
  checkKind([
    ['en-US', "Their Azure comes from the colo place downtown. They're not a CSP, just a hosting company.", { channel: 'thirdParty', service: 'usage' }],
    ['en-US', "Office 365 from their IT company. They aren't a CSP, only an IT shop.", { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Azure им продаёт местная контора. Они не CSP, просто хостинг-провайдер.', { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'O Azure vem da empresa do data center. Eles não são CSP, só uma empresa de hospedagem.', { channel: 'thirdParty', service: 'usage' }],
    ['en-US', "Azure from a syndication partner. We're not a CSP, just a reseller.", { channel: 'syndication', service: 'usage' }],
    ['en-US', "Office 365 came with the website deal. They're not a CSP at all, a hosting company.", { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Office 365 им продали вместе с сайтом. Они вообще не CSP-партнёр, а хостинг-компания.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
