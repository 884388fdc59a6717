// «не через EA головной компании, а сами…», «…, а Azure они брали сами»: «сами» after «а», «но»
// or «и» turns back from the parent company to the customer itself, so what follows is the
// customer's own channel.
import { checkKind } from './kindCheck';

describe('whose words: the customer itself after its parent company', () => {
  checkKind([
    ['ru-RU', 'Dynamics 365 они брали не через EA материнской компании, а сами — напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Лицензии не по EA головной компании, но сами купили через Open.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Холдинг у них на EA, и Office они заказывали сами через Open.', { channel: 'open', service: 'license' }],
  ]);
});
