// A channel the customer left ("they left the EA", "saíram do Open", «ушли с EA», "退出了 EA",
// "otthagyták az EA-t") is no longer where they buy: it is read as a negation of that channel, so
// the channel they buy through now answers alone. A "left" with no article after it is no such word.
import { checkKind } from './kindCheck';

describe('a channel the customer left states nothing', () => {
  checkKind([
    ['en-US', 'The agency left their EA two years back; Azure is paid to Microsoft directly now.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'A clínica saiu do Open Value em 2023 e agora compra o Microsoft 365 de outro parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Eles saíram do EA; hoje o Azure vai direto com a Microsoft, no cartão.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Клиент ушёл с EA в прошлом году, теперь Azure покупает напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户去年退出了 EA，现在直接从 Microsoft 官网购买 Azure。', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Az ügyfél otthagyta az EA-t, most közvetlenül a Microsofttól veszi az Azure-t.', { channel: 'microsoft', service: 'usage' }],
    // Near misses: "left" with no article, and a channel nobody left, keep their reading.
    ['en-US', 'Only 40 seats left on the EA for their Microsoft 365.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente compra o Azure por um EA desde 2019.', { channel: 'ea', service: 'usage' }],
  ]);
});
