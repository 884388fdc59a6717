// "Either" opens its first option however many words of the same clause stand between them ("Either
// we would just co-manage their Office 365 …, or we take over the billing … They went with the first."):
// the wider gap it allows lets the reference after the pair settle it.
import { checkKind } from './kindCheck';

describe('either/or: "either" frames its first option across the words of its clause', () => {
  checkKind([
    [
      'en-US',
      'Either we would just co-manage their Office 365 and Microsoft keeps billing them, or we take over the billing as their partner of record. They went with the first.',
      { service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Ou a gente só faria a gestão compartilhada do Office 365 deles e a Microsoft continua cobrando, ou a gente assume o faturamento como parceiro oficial. Escolheram a primeira.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
