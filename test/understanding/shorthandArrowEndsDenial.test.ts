// A shorthand note's arrow is a conclusion: it ends the clause before it, so a denial before it
// ("NÃO é Open Value → é EA", "NOT Open Value -> EA", "не Open Value -> EA", "NEM Open Value -> EA")
// does not reach the value after it (text.ts noteArrow). On a field's line ("Canal: EA -> Open")
// the arrow is an edit, read as before. Written for these tests.
import { checkKind } from './kindCheck';

describe('shorthand notes: an arrow ends the denial before it', () => {
  checkKind([
    ['pt-BR', '- não é Open Value => é EA, desde 2021', { channel: 'ea' }],
    ['pt-BR', 'Notas da call\n- NÃO é Azure → é Dynamics 365 Sales\n- NÃO é MPSA → é EA\n- só suporte', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', "- NOT Open Value -> it's an EA signed in 2022", { channel: 'ea' }],
    ['ru-RU', '- не Open Value -> EA, подписан в 2022', { channel: 'ea' }],
    ['hu-HU', '- NEM Open Value -> EA, 2022-ben aláírva', { channel: 'ea' }],
    ['pt-BR', 'Canal: EA -> Open', { channel: 'open' }],
  ]);
});
