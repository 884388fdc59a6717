// Options numbered on one line ("(1) …, (2) …", "a) …, b) …") are offered one against the other,
// as "or" offers them: a reference after them ("a última", "the latter", "the first one") keeps
// the one it names (numberedOptions.ts). Without a reference both stay, and the reader asks.
import { checkKind } from './kindCheck';

describe('Numbered options settled by a reference after them', () => {
  checkKind([
    [
      'pt-BR',
      'Propusemos ao cliente: (1) só a gestão do tenant, (2) passar o faturamento pra nós. Escolheram a última. É Microsoft 365 E3.',
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Duas saídas: a) migrar a cobrança, b) só dar suporte. O diretor preferiu a primeira. Produto: Exchange Online.',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'We offered them (1) moving the billing to us, (2) just managing it. They picked the latter. Microsoft 365 Business Standard.',
      { service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Opções: (1) assumir a cobrança, (2) só administrar. O cliente ainda vai pensar. Office 365.', { service: 'license' }, ['goal']],
  ]);
});
