// The customer's written confirmation is about the past only by a whole word for the past ("old",
// not the "old" in "hold"; pt "antes", not "restantes"; hu "volt" is any past tense, no such word),
// and only the past clause's channel states nothing: today's channel in the confirmation still wins.
import { checkKind } from './kindCheck';

describe('a confirmation is about the past only by a whole word for it', () => {
  checkKind([
    ['en-US', 'The ticket says Open Value. However, the customer confirmed in writing that they hold an Enterprise Agreement.', { channel: 'ea' }],
    ['en-US', 'Our notes say Open. But the client confirmed by email that the EA was sold to them by Microsoft.', { channel: 'ea' }],
    ['pt-BR', 'A planilha diz Open. Mas o cliente confirmou por escrito que as assinaturas restantes estão no EA.', { channel: 'ea' }],
    ['hu-HU', 'A jegyben Open szerepel. Az ügyfél viszont írásban megerősítette, hogy EA-juk van, és ez eddig jó volt.', { channel: 'ea' }],
    // Near misses: a confirmed past provider still states no channel; today's is read.
    ['en-US', 'They run on an EA. The customer confirmed in writing that their old partner was a CSP.', { channel: 'ea' }],
    ['pt-BR', 'Estão no EA. O cliente confirmou por escrito que o parceiro anterior era um CSP.', { channel: 'ea' }],
  ]);
});
