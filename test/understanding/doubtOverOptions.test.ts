// A doubt over options that answer one question differently ("weighing three options: keep
// their Microsoft 365 from the syndication partner and we support it, or move it over") is about
// that question, asked; the product and the channel the options share are stated.
import { checkKind } from './kindCheck';

describe('a doubt over options is about the question they answer differently', () => {
  checkKind([
    [
      'en-US',
      "They're weighing options: keep their Microsoft 365 from the syndication partner and we just support it, or move everything over to us.",
      { channel: 'syndication', service: 'license' },
      ['goal'],
    ],
    [
      'en-US',
      'Not sure yet: keep the Office 365 they bought through an EA and we manage it, or migrate it to us.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
  ]);
});
