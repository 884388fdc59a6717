// Portuguese: the parent company's value taken up again for this customer ("a matriz usa o Partner
// Center operado pela 21Vianet, e é nele que a gente atende esse cliente": it is in that one that
// we serve this customer) is this case's too; named only for the parent, it stays the parent's.
// Read before as the parent's alone, the China cloud was lost, and "sold by us as an Advisor back
// then" read as the Advisor program of the commercial cloud.
import { checkKind } from './kindCheck';

describe('whose: a parent company value taken up again for this case is this case too', () => {
  checkKind([
    ['pt-BR', 'A matriz do cliente usa o GCC High, e é nele que fica o tenant desse cliente também. Office 365.', { cloud: 'usgov', service: 'license' }],
    [
      'pt-BR',
      'A matriz de Xangai usa o Partner Center operado pela 21Vianet, e é nele que nós atendemos essa filial. O Azure foi vendido por nós quando éramos Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
    ['pt-BR', 'A matriz tem EA, e esse cliente comprou o Azure de outro parceiro CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
