// Chat shorthand and regional spellings are read as the standard word: a lone "n" before a
// verb is "não" and "qrem" is "querem" in Brazilian chat, and Scots "efter" is "after"; a lone
// "n" after a number, after a word it labels ("edição N", "filial N"), or before a word that is no
// verb, stays as it was.
import { checkKind } from './kindCheck';

describe('chat shorthand and regional spellings read as the standard word', () => {
  checkKind([
    ['pt-BR', 'eles n querem transferir, so suporte. O365 pelo EA', { channel: 'ea', service: 'license', goal: 'support' }],
    ['pt-BR', 'o M365 deles vem pelo EA; eles qrem transferir pra gente', { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'ok n tem problema, querem migrar o O365 do EA pra gente', { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'o cliente tem 20 n e quer transferir o O365 do EA', { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'Eles compraram a edição N e querem migrar o Office 365 do EA pra gente.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'Wee shop on an EA wi Microsoft 365 E3, they want us tae look efter it aw, nae movin.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
