// The Enterprise Agreement described rather than named: a large three-year agreement with
// Microsoft, or the yearly count of seats settled with it (the true-up).
import { checkKind } from './kindCheck';

describe('channel: the Enterprise Agreement described in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Egy nagy, hároméves Microsoft-szerződésük van, azon keresztül kapják az Office 365-öt.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'A Dynamics 365-öt évente egyszer számolják el a darabszám alapján a Microsofttal.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Hároméves szerződésük van, a licenceket havonta fizetik.', { service: 'license' }],
  ]);
});
