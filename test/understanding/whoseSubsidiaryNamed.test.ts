// Whose words in Hungarian: after the parent company, "de a magyar leányvállalat" (the subsidiary
// with a word that names it) returns to this customer, as "de a leányvállalat" does; "a másik
// leányvállalat" is another company of the group.
import { checkKind } from './kindCheck';

describe('whose: "but the Hungarian subsidiary" after the parent company is this customer', () => {
  checkKind([
    [
      'hu-HU',
      'A német anyavállalat Open Value-n van, de a magyar leányvállalat a Microsoft 365-öt a Microsofttól vette.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'hu-HU',
      'Az anyavállalat EA-n van, de az osztrák leányvállalat egy másik CSP partnertől vette a Dynamics 365-öt.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['hu-HU', 'Az anyavállalat EA-n van, de a másik leányvállalat egy másik CSP partnertől vette a Dynamics 365-öt.', {}],
  ]);
});
