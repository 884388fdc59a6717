// Teams named as where a note was written ("Comment in Teams:", "Mensagem no Teams:", «Сообщение в
// Teams:», "Teams 上的留言：", "Teams-hozzászólás:") is the medium of the message, not a product the
// customer buys: the service is the one the note names. Teams bought or used keeps its reading.
import { checkKind } from './kindCheck';

describe('Teams as the place a note was written is no product', () => {
  checkKind([
    ['en-US', 'Comment in Teams: the hospital buys its Azure from Microsoft directly.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Mensagem no Teams: a construtora compra o Azure direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Comentário no Teams ⏎ a transportadora tem Azure por um EA.'.replace('⏎', '\n'), { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Сообщение в Teams: завод покупает Azure напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', 'Teams 上的留言：工厂直接从 Microsoft 官网购买 Azure。', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Teams-hozzászólás: a gyár közvetlenül a Microsofttól veszi az Azure-t.', { channel: 'microsoft', service: 'usage' }],
    // Near misses: Teams the customer buys is still a licence.
    ['pt-BR', 'A escola usa o Teams e compra direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They buy Teams Premium from Microsoft directly.', { channel: 'microsoft', service: 'license' }],
  ]);
});
