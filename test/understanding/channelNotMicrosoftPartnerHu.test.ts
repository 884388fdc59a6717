// A seller said to be no Microsoft partner ("nem Microsoft-partner") is not a CSP partner either:
// a third party, as "nem CSP partner" already was. Our own "nem Microsoft partner" is no channel.
import { checkKind } from './kindCheck';

describe('channel: a seller that is not a Microsoft partner is a third party, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt egy helyi tárhelycégtől vették, ami nem Microsoft-partner.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'egy hosting szolgáltatónál fizetik az azure-t, az nem microsoft partner, csak továbbszámlázza', { channel: 'thirdParty', service: 'usage' }],
    ['hu-HU', 'Az Office 365-öt egy helyi tárhelycégtől vették.', { service: 'license' }],
  ]);
});
