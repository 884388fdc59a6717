// "I never understood whether they want X or Y" says the writer does not know: the negation is
// of the understanding, not of what follows, so the goals it names are asked, never read as the
// one left standing. Understanding it ("I understood that…") states it as ever.
import { checkKind } from './kindCheck';

describe('not understanding whether is a doubt, not a negation', () => {
  checkKind([
    [
      'en-US',
      'Office 365 via EA. I still never understood whether they want to switch to us or only want help with admin work.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
    [
      'ru-RU',
      'Office 365 по EA. Я до сих пор не понял то ли клиент хочет перейти к нам то ли им нужна помощь с администрированием.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
    ['zh-CN', 'Office 365 走 EA。我一直没搞懂他们是想转到我们这边，还是只要我们帮忙管理。', { channel: 'ea', service: 'license' }, ['goal']],
    [
      'pt-BR',
      'Office 365 pelo EA. Até agora não entendi se eles querem migrar para nós ou só querem ajuda na administração.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      'Office 365, EA alatt. Nem értettem, hogy át akarnak-e jönni hozzánk, vagy csak segítsünk nekik adminisztrálni.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
    // Near misses: understood, the goal stands.
    ['en-US', 'Office 365 via EA. I understood that they want to switch to us.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 по EA. Я понял, что они хотят к нам перейти.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
