// A list of the parties with a line labelled for the distributor ("Distributor (name): indirect
// provider", «Дистрибьютор: …», "分销商：…") gives the distributor's role, not ours: our role is the
// one under our own label. A distributor named without a label's colon is still read as before.
import { checkKind } from './kindCheck';

describe("a line labelled for the distributor names the distributor's role", () => {
  checkKind([
    [
      'pt-BR',
      '- **Distribuidora (Alfa Cloud):** provedor indireto do CSP\n- **Nós:** revendedor indireto comprando da Alfa\n- **Cliente:** Azure comprado via EA',
      { partnerType: 'indirectReseller', channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      '**Distributor (Northbeam):** indirect provider, bills our CSP seats\n**We:** indirect reseller under Northbeam\n**Customer:** Microsoft 365 on Open Value',
      { partnerType: 'indirectReseller', channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      '- **Дистрибьютор:** непрямой поставщик, «Северный Облачный»\n- **Мы:** непрямой реселлер, закупаемся через него\n- **Клиент:** Azure по EA',
      { partnerType: 'indirectReseller', channel: 'ea', service: 'usage' },
    ],
    [
      'zh-CN',
      '**分销商**：云桥科技（间接提供商）\n**我们**：间接经销商\n**客户**：Azure，走 EA',
      { partnerType: 'indirectReseller', channel: 'ea', service: 'usage' },
    ],
    [
      'hu-HU',
      '**Disztribútor (FelhőNet):** közvetett szolgáltató\n**Mi:** közvetett viszonteladó vagyunk\n**Ügyfél:** Azure, EA-n',
      { partnerType: 'indirectReseller', channel: 'ea', service: 'usage' },
    ],
    // Near misses: the distributor named as an answer, with no colon after it, is still our role.
    ['pt-BR', 'Distribuidora, confirmei com a diretoria. O cliente tem Azure via EA.', { partnerType: 'indirectProvider', channel: 'ea', service: 'usage' }],
    [
      'en-US',
      'Distributor, double-checked with my manager. Customer has Azure on an EA.',
      { partnerType: 'indirectProvider', channel: 'ea', service: 'usage' },
    ],
  ]);
});
