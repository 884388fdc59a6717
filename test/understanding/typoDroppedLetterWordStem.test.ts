// Typos: a letter dropped before the ending of a lexicon word that is a stem too («реселера»,
// «реселеры» for «реселлер»: the single «л» is a common way to write it) is corrected as it is
// for a stem alone («подерживали»). Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: typo, a letter dropped before the ending of a word that is also a stem', () => {
  checkKind([
    ['ru-RU', 'Лицензии Microsoft 365 куплены у реселера, который не в CSP.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Office 365 брали у местного реселера, он не CSP-партнёр, нужна поддержка.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
