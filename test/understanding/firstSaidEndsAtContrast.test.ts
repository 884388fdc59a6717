// Kind "correction": what was assumed or said at first reaches to the contrast word after it, not
// past it ("I assumed they bought it from 21Vianet, but it came from a local reseller"): what
// follows "but" says what is. Read before as background too, so the two were asked.
import { checkKind } from './kindCheck';

describe('kind: what was said at first ends at "but"', () => {
  checkKind([
    [
      'en-US',
      'Office 365 in the China cloud. I assumed they bought it from 21Vianet, but it came from a local reseller.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    ['en-US', 'At first they said EA, but the Azure is on Open Value.', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'Сначала они говорили EA, но Azure у них по Open Value.', { channel: 'open', service: 'usage' }],
    ['pt-BR', 'No começo eles disseram EA, mas o Azure é Open Value.', { channel: 'open', service: 'usage' }],
    ['hu-HU', 'Eleinte azt mondták, EA, de az Azure Open Value-n van.', { channel: 'open', service: 'usage' }],
  ]);
});
