// An internet provider («интернет-провайдер») is no CSP partner: "ин-" opens «иной» (another),
// never «интернет». A bundle from an internet provider under the syndication programme is
// syndication; said alone, the provider states no channel.
import { checkKind } from './kindCheck';

describe('channel words: an internet provider is no other CSP partner', () => {
  checkKind([
    ['ru-RU', 'Microsoft 365 шёл в пакете у интернет-провайдера.', { service: 'license' }],
    ['ru-RU', 'Office 365 от интернет-провайдера, это программа синдикации.', { channel: 'syndication', service: 'license' }],
    ['ru-RU', 'Azure брали у иного CSP-партнёра', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'лицензии у иного провайдера, не у нас', { channel: 'otherCsp', service: 'license' }],
  ]);
});
