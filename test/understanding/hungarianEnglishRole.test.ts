// Kind "Hungarian with English terms": the English "reseller" with Hungarian endings, said of us
// ("resellerek vagyunk", "indirekt reseller vagyunk"), is our role, as "viszonteladók vagyunk"
// is; said of another party it is not ours.
import { checkKind } from './kindCheck';

describe('kind: Hungarian with English terms, "reseller" said of us', () => {
  checkKind([
    ['hu-HU', 'Mi resellerek vagyunk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'szia, indirekt reseller vagyunk, az ugyfel office 365-ot vett EA-n.', { partnerType: 'indirectReseller', channel: 'ea', service: 'license' }],
    [
      'hu-HU',
      'resellerek vagyunk a Sigma alatt, az Azure-t egy másik CSP partnertől vették.',
      { partnerType: 'indirectReseller', channel: 'otherCsp', service: 'usage' },
    ],
    // Our supplier's word beside ours leaves our role open, never the supplier's read as ours.
    ['hu-HU', 'A partnerünk, a Sigma, disztribútor, mi alattuk vagyunk resellerek.', {}, ['partnerType']],
    ['hu-HU', 'A régi partnerük indirekt reseller volt, mi direkt partnerek vagyunk.', { channel: 'otherCsp', partnerType: 'direct' }],
    ['hu-HU', 'Mi korábban resellerek voltunk, most direkt partnerek vagyunk.', { partnerType: 'direct' }],
  ]);
});
