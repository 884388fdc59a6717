// A history whose lines are stamped with their day alone ("12/08 …"), pasted newest on top, is
// read newest first: its newest entry decides what an older one said otherwise.
import { checkKind } from './kindCheck';

describe('thread: a log stamped with days, newest on top', () => {
  checkKind([
    [
      'pt-BR',
      '20/09 Fechado: vamos virar o parceiro de registro.\n11/09 Queriam apenas suporte.\n02/09 Office 365 E3 pelo EA.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      '02/09 Queriam apenas suporte. Office 365 E3 pelo EA.\n20/09 Mudaram: querem passar o faturamento para nós.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      '09/20 Decided: they want us to take over billing.\n09/11 They wanted support only.\n09/02 Office 365 E3 on an EA.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
