// A call transcribed by a machine writes Azure as it sounds in Portuguese, "a sure" after "no",
// "do", "pelo" or "o": it is the product, read as usage-based. Not in English words, where "a sure
// thing" after no such word stays what it says.
import { checkKind } from './kindCheck';

describe('Azure transcribed as "a sure" in Portuguese', () => {
  checkKind([
    ['pt-BR', 'transcrição: então o a sure deles vem direto da microsoft no cartão', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'ligação gravada: eles compram tudo pelo a sure por um ea faz tempo', { channel: 'ea', service: 'usage' }],
    ['en-US', 'It is a sure thing they buy Microsoft 365 through an EA.', { channel: 'ea', service: 'license' }],
  ]);
});
