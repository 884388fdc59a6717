// Kind "whoseWords": "O gerente também perguntou de Power BI e de licença de Windows, falei que vejo
// depois" sets the products asked about aside for later, as "isso fica pra depois" does. Read before:
// those licences beside the Azure of the case, the service asked.
import { checkKind } from './kindCheck';

describe('kind: "falei que vejo depois" sets the clause before it aside', () => {
  checkKind([
    [
      'pt-BR',
      'Azure comprado com outro parceiro CSP. O gerente também perguntou de Power BI e de licença de Windows, falei que vejo depois.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['pt-BR', 'Querem mover o Dynamics 365. Perguntaram do Azure, disse que a gente vê isso depois.', { service: 'license', goal: 'move' }],
  ]);
});
