// Kind "goal words": "alguém que resolva os problemas" (someone to sort out the problems) is
// support, as looking after is.
import { checkKind } from './kindCheck';

describe('kind: goal words, someone to sort out the problems is support', () => {
  checkKind([
    ['pt-BR', 'O cliente só quer alguém que resolva os problemas do Microsoft 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Não quero mudar o pagamento, só preciso de alguém que resolva quando dá problema no Exchange Online.', { service: 'license', goal: 'support' }],
  ]);
});
