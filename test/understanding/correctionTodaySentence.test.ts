// Kind "correction": a sentence opened by "Hoje", "Hoje em dia" or "Atualmente" after a story of
// what was before says the current state, as "então hoje" did already. Read before as a second
// candidate: "teve um parceiro antigo… Hoje o Azure deles é direto da Microsoft" asked the channel.
import { checkKind } from './kindCheck';

describe('kind: a sentence opened by "hoje" after the story says what is now', () => {
  checkKind([
    ['pt-BR', 'O cliente teve Office 365 via EA até 2023. Hoje o Microsoft 365 deles é do Open.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Antes o Azure era com outro parceiro CSP. Atualmente eles compram direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Já foi EA. Hoje em dia, tudo é via Open Value.', { channel: 'open' }],
    ['pt-BR', 'Hoje o cliente tem Azure via EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
