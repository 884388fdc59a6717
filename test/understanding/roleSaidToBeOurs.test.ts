// "The distributor is ours" («дистрибьютор — это наш», "o distribuidor é o nosso", "分销商是我们的",
// "a disztribútor a miénk") names a party we work with, not our own role: it states no partner
// type. "The distributor is us" still makes us the distributor.
import { checkKind } from './kindCheck';

describe('a role said to be ours is no role of ours', () => {
  checkKind([
    ['en-US', 'Yes, that distributor is ours; the school pays Microsoft directly for its Azure.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Sim, a distribuidora é a nossa; a escola paga o Azure direto à Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Да, дистрибьютор — это наш; школа платит за Azure напрямую Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '对，那个分销商是我们的。学校直接从 Microsoft 官网购买 Azure。', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Igen, a disztribútor a miénk; az iskola közvetlenül a Microsofttól veszi az Azure-t.', { channel: 'microsoft', service: 'usage' }],
    // Near miss: the distributor is us.
    [
      'pt-BR',
      'A distribuidora somos nós; a escola paga o Azure direto à Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});
