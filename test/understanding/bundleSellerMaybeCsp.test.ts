// A bundle (a carrier's or a shop's) whose seller is said to be maybe a CSP leaves the channel open
// between a third party's sale and another CSP partner's, so it is asked; a seller said plainly not
// to be a CSP, or a "maybe" about something else, keeps the old reading.
import { checkKind } from './kindCheck';

describe('a bundle whose seller is maybe a CSP', () => {
  checkKind([
    [
      'en-US',
      'Their Microsoft 365 is part of a telco bundle from a local carrier. The carrier is maybe a CSP, nobody checked yet.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Microsoft 365 достался им в пакете вместе с интернетом от местного провайдера. Провайдер, кажется, CSP, но это надо уточнить.',
      { service: 'license' },
      ['channel'],
    ],
    ['zh-CN', '他们的 Microsoft 365 是办宽带时运营商套餐里送的，运营商可能是 CSP，还没核实。', { service: 'license' }, ['channel']],
    [
      'pt-BR',
      'O Microsoft 365 veio junto com o pacote de internet da operadora local. A operadora talvez seja CSP, ninguém conferiu.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'A Microsoft 365-öt a helyi szolgáltató internetcsomagjához kapták. A szolgáltató talán CSP, még nem néztük meg.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Microsoft 365 у них в пакете вместе с интернетом от провайдера. Провайдер вроде не CSP, а может и CSP, проверим.',
      { service: 'license' },
      ['channel'],
    ],
    // Near misses: a plain denial, and a doubt about a later move, keep their readings.
    [
      'ru-RU',
      'Microsoft 365 достался им в пакете вместе с интернетом от местного провайдера. Провайдер не CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'Their Microsoft 365 is part of a telco bundle from a local carrier. Maybe later we move them to CSP.',
      { channel: 'syndication', service: 'license' },
    ],
  ]);
});
