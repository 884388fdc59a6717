// Everyday Portuguese an agent types: "passe a cobrar" (start billing them) is a move like "passe
// a faturar"; "dar uma força" (lend a hand) is support; "a gente revende comprando da Ingram"
// names a distributor we buy from, so we are its reseller; "renovava com a revenda" is the
// customer's seller, not our role. "Vire o parceiro" (become the partner) is a move; "Errado" opening
// a sentence takes back what came before, with or without a comma.
import { checkKind } from './kindCheck';

describe("agent words: start billing, lend a hand, reselling through a distributor, the customer's seller", () => {
  checkKind([
    ['pt-BR', 'O cliente tem Microsoft 365 e quer que a gente passe a cobrar as licenças.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Pelo telefone ele pediu que nós passemos a cobrar o Teams.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'A empresa pediu pra gente dar uma força com o Exchange Online.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'O cliente quer só que a gente dê uma força no Teams.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'No fim da visita o dono pediu que a gente vire o parceiro no Microsoft 365.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'No cadastro a gente aparece como distribuidor. Errado — aqui somos revenda comprando via distribuidor.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nós revendemos comprando da TD Synnex.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos distribuidor, quer dizer, a gente revende comprando da Ingram.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Aquele Office que a gente renovava com a revenda, conta o cliente.', { service: 'license' }],
  ]);
});
