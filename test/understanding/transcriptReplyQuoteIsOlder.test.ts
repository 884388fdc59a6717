// A chat copied with a reply's quotation under a message ("  ↳ Replying to Ana (yesterday): "…"")
// holds an older message there: it is no turn of its own, and the reply decides over it.
import { checkKind } from './kindCheck';

describe('transcript: a reply quoting an older message', () => {
  checkKind([
    [
      'pt-BR',
      'Marcos Dias  09:10\nCombinado hoje: eles vão passar o faturamento do Power BI Pro pra nós.\n  ↳ Respondendo a Carla (ontem): "era só suporte, certo?"\nCarla Nunes  09:12\nah, beleza',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Tom Baker  09:10\nAgreed this morning: they move the Power BI Pro billing over to us.\n  ↳ Replying to Jane (yesterday): "it was support only, right?"\nJane Cole  09:12\nok, noted',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
