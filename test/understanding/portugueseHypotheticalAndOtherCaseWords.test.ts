// Portuguese words that speak of no fact of this case: a hypothetical ("se fosse EA…", "e se o
// parceiro fosse CSP?"), a question about Microsoft's rules ("alguém sabe se a Microsoft ainda
// aceita…"), another customer set against this one ("diferente da X, que era…", "o caso da X
// era…"). They are read as another case's words (pt-BR lexicon, `structure.otherCase`), up to
// the words that come back to this case ("mas não é, o cliente…", ", a Y comprou…"). "Só sei que"
// ends a doubt said before it.
import { checkKind } from './kindCheck';

describe('Portuguese: hypotheticals, rule questions and other customers state nothing for the case', () => {
  checkKind([
    [
      'pt-BR',
      'Material de treino: a Loja Girassol tem Microsoft 365 comprado por um parceiro Advisor. Pergunta extra: e se fosse Azure?',
      { channel: 'advisor', service: 'license' },
    ],
    [
      'pt-BR',
      'Se fosse Open Value a gente pediria o contrato, mas não é, o cliente comprou Azure com outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'Vocês sabem se a Microsoft ainda vende EA pra empresa pequena? Bom, o cliente Doce Lar compra o Microsoft 365 direto da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Ao contrário da Gráfica Norte (que era EA), a Clínica Sul comprou Azure de outro CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'O caso da Marmoraria Leste era Open. Esse aqui ainda não sei o canal, só sei que é Dynamics 365.', { service: 'license' }],
    ['pt-BR', 'Caso diferente do normal: o cliente está no EA e quer só suporte.', { channel: 'ea', goal: 'support' }],
  ]);
});
