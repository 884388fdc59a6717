// An agreement made with Microsoft itself ("um EA direto com a Microsoft", "o Open Value,
// renovado todo ano direto com a Microsoft") is that agreement, not a purchase made directly
// with Microsoft on its site. Read as both, the channel was asked.
import { checkKind } from './kindCheck';

describe('kind: channel, an agreement "direto com a Microsoft" is the agreement', () => {
  checkKind([
    ['pt-BR', 'O cliente tem um EA direto com a Microsoft e quer migrar o Microsoft 365 pra gente.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'Compram pelo Open Value, renovando todo ano direto com a Microsoft: Exchange Online pra 40 caixas.', { channel: 'open', service: 'license' }],
    // Said after the agreement is ruled out, it is the purchase direct with Microsoft.
    ['pt-BR', 'Não foi pelo Open: compraram o Office 365 direto da Microsoft, no site.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'Azure: não é EA, é direto com a Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
