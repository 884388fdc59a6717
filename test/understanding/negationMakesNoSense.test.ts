// Kind "negation", said after the option: "GCC não faz sentido", "o EA não se aplica" rule the
// option out as "not GCC" does. Read as said, it was a wrong value where the message goes on to
// choose another one.
import { checkKind } from './kindCheck';

describe('kind: an option that "makes no sense" or "does not apply" is ruled out', () => {
  checkKind([
    ['pt-BR', 'Nuvem: GCC não faz sentido pra eles, é uma fábrica de Joinville.', {}],
    ['pt-BR', 'O EA não tem sentido nenhum aqui, são 12 usuários de Microsoft 365.', { service: 'license' }],
    ['pt-BR', 'GCC não se aplica, é uma empresa privada do Porto, com Azure.', { service: 'usage' }],
    ['pt-BR', 'A nuvem do governo americano não faz o menor sentido, é comercial mesmo: nuvem comercial.', { cloud: 'global' }],
  ]);
});
