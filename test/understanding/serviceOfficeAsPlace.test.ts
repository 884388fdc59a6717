// «у шанхайского офиса», «в московском офисе»: an office named by its city is a place, not
// Microsoft Office (so it names no licence beside the product the message is about).
import { checkKind } from './kindCheck';

describe('kind: rambling, an office named by its city is a place', () => {
  checkKind([
    ['ru-RU', 'У них Azure, а у казанского офиса всё то же самое.', { service: 'usage' }],
    ['ru-RU', 'Azure брали напрямую у Microsoft, в новосибирском офисе тоже.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
