// A voice transcription splits "Azure" into "a zure"; read as the product, so the service is
// usage-based as with "ajur"; the product written whole reads as before.
import { checkKind } from './kindCheck';

describe('"a zure" transcribed is Azure (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'Áudio transcrito: o a zure da filial veio de outro parceiro CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'o azure deles é via EA', { channel: 'ea', service: 'usage' }],
  ]);
});
