// A direct contract with Microsoft («прямой договор с Microsoft») is bought from Microsoft; the
// partner's own («у нас прямой договор с Microsoft») is no channel of the customer's.
import { checkKind } from './kindCheck';

describe('channel: a direct contract with Microsoft is Microsoft', () => {
  checkKind([
    ['ru-RU', 'Azure, у них прямой договор с Microsoft', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Azure, прямой контракт с Майкрософт, без партнёров', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Клиент на Open. У нас прямой договор с Microsoft, мы T1.', { channel: 'open', partnerType: 'direct' }],
    ['pt-BR', 'Azure, eles têm contrato direto com a Microsoft', { channel: 'microsoft', service: 'usage' }],
  ]);
});
