// "Teams" naming the meeting tool a recap, call or summary came from ("Teams recap below",
// «итоги встречи из Teams», "resumo da reunião do Teams", "Teams-összefoglaló") is no
// product, so it sets no licence beside the Azure the recap is about; Teams licences still count.
import { checkKind } from './kindCheck';

describe('Teams as the meeting tool is no product', () => {
  checkKind([
    ['en-US', 'Pasting the Teams recap here.\n\nRecap: they run their Azure on an EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Вот итоги встречи из Teams: у клиента Azure по EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Segue o resumo da reunião do Teams: o cliente tem Azure via EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Teams-összefoglaló: az ügyfél Azure-t EA-n vesz.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Teams 会议纪要：客户的 Azure 是在 EA 下买的。', { channel: 'ea', service: 'usage' }],
    // Near misses: Teams licences are a product.
    ['en-US', 'They buy Teams licences and Azure on an EA.', { channel: 'ea' }, ['service']],
    ['en-US', 'Teams recap: they want us to move their Teams Premium seats.', { service: 'license', goal: 'move' }],
  ]);
});
