// A bundle with the internet line whose provider is said right after not to be CSP («в пакете с
// интернетом (провайдер не CSP)», «…, оператор не CSP») is a plain resale by a third party, as the
// bundle said «(не CSP)»; a bundle said nothing of CSP stays syndication. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a bundle whose provider is said not to be CSP, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Exchange Online Plan 1 им продал местный провайдер в пакете с интернетом (провайдер не CSP). Нужна поддержка.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Business Standard идёт в комплекте со связью, оператор не CSP.', { channel: 'thirdParty', service: 'license' }],
    [
      'ru-RU',
      'Business Standard идёт в комплекте со связью от оператора, хотят, чтобы мы помогали с администрированием.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
  ]);
});
