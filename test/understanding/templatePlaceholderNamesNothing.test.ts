// A ticket macro's template placeholders ("{{macros.passos_ea}}", "{{csp_transfer_steps}}") are field
// names, no words about the case: "passos_ea" names no EA, "transfer" asks for no move.
import { checkKind } from './kindCheck';

describe('a template placeholder names nothing', () => {
  checkKind([
    [
      'pt-BR',
      'Segue a resposta padrão {{macros.passos_ea}} — mas esse cliente comprou o Office 365 E3 por Open Value.',
      { channel: 'open', service: 'license' },
    ],
    ['en-US', 'Template {{csp_transfer_steps}} sent. They bought Office 365 E3 through an EA.', { channel: 'ea', service: 'license' }],
  ]);
});
