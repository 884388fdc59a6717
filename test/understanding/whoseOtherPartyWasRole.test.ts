// Another party's role, said of it in the past ("a Dataplus era de faturamento direto", "era uma
// revenda"), is not ours: it is asked or taken from what we say of ourselves. "Nossa revenda"
// (our reseller) is a party under us, and "um parceiro CSP antigo" a former partner. Read as
// ours, those roles stood beside our own and the role was asked.
import { checkKind } from './kindCheck';

describe('kind: whose, a role another party had, or our reseller, is not our role', () => {
  checkKind([
    ['pt-BR', 'O parceiro antigo, a Netcom, era de faturamento direto; nós somos distribuidor.', { channel: 'otherCsp', partnerType: 'indirectProvider' }],
    ['pt-BR', 'A Netcom era uma revenda. Nós somos CSP direto.', { partnerType: 'direct' }],
    ['pt-BR', 'Somos distribuidor e quem fechou com o cliente foi a nossa revenda, a Vetor.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'O Office 365 foi comprado com um parceiro CSP antigo, que perdeu a credencial.', { channel: 'otherCsp', service: 'license' }],
    // Our own past role still gives way to the present one.
    ['pt-BR', 'A gente era revenda, agora somos distribuidor.', { partnerType: 'indirectProvider' }],
  ]);
});
