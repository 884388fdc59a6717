// "Ez a leánycég" (this subsidiary) returns to this case after the parent company's words, as
// "ez a leányvállalat" does: what it bought is this customer's channel.
import { checkKind } from './kindCheck';

describe('whose: "this subsidiary" after the parent company, in its short word', () => {
  checkKind([
    ['hu-HU', 'Az anyavállalat EA-n van, de ez a leánycég a Microsoft 365-öt egy másik CSP partnertől vette.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Az anyacégnek EA-ja van, ez a leánycég viszont az Azure-t közvetlenül a Microsofttól vette.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
