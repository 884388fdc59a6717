// A bundle with internet "from" its carrier, then called retail and no CSP in the clause after it,
// is a third party's sale, as the bundle denied a CSP at once already was; a bundle with no such
// clause is still a syndication.
import { checkKind } from './kindCheck';

describe('a carrier bundle called retail, not CSP (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Visio им достался в пакете с интернетом от местного провайдера, это розница, не CSP. Хотим забрать к себе.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Project Online идёт в пакете с интернетом у «Севтелекома», не CSP и не синдикация.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Visio им достался в пакете с интернетом от местного провайдера.', { channel: 'syndication', service: 'license' }],
  ]);
});
