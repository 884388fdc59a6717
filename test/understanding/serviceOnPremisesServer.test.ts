// Exchange or SharePoint kept on the customer's own servers («Exchange on-prem», «локальный
// Exchange») is no online licence: only the online product names the licence service.
import { checkKind } from './kindCheck';

describe('kind: rambling, an on-premises server names no licence', () => {
  checkKind([
    ['ru-RU', 'Azure, почта у них на Exchange on-prem.', { service: 'usage' }],
    ['ru-RU', 'У них Azure и локальный Exchange, брали напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
