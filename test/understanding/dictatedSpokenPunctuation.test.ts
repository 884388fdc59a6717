// A dictated note says its punctuation ("vírgula", "ponto final", "comma", "full stop", «запятая»,
// «точка», "vessző", "pont", "új sor"): read as the marks, its clauses part where the speaker parts
// them and a spoken correction ("apaga isso", "scratch that", "javítás kettőspont mégsem") takes back
// the clause before it (dictated.ts).
import { checkKind } from './kindCheck';

describe('dictated: spoken punctuation is read as the marks it names', () => {
  checkKind([
    [
      'pt-BR',
      'recado ditado dois pontos cliente Padaria Estrela vírgula eles usam Microsoft 365 vírgula não sei se pelo EA da matriz ponto final apaga isso vírgula compram com outro parceiro CSP ponto final nova linha objetivo dois pontos só suporte',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'dictation colon client Harbour Bakery comma office 365 e1 comma bought from a stationery shop that is not a CSP full stop scratch that comma the shop is a CSP after all full stop new line goal colon support only',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'diktálás kettőspont ügyfél Szegedi Pékség vessző Microsoft 365 Business Basic vessző a Microsofttól kártyával pont javítás kettőspont mégsem vessző egy papírboltban vették vessző az nem CSP pont új sor cél kettőspont csak támogatás',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'áudio transcrito: oi vírgula é a Rosa da Gráfica Aurora vírgula nosso ajure tá num contrato enter praise agreement ponto final',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
