// Hungarian "anyacég" (parent company) is another party, like "anyavállalat": the role said of
// it is the parent's, and the partner's own role said after it in the sentence stands alone.
import { checkKind } from './kindCheck';

describe("the parent company's role in Hungarian", () => {
  checkKind([
    ['hu-HU', 'A bécsi anyacégünk direkt partner, mi közvetett viszonteladóként dolgozunk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'A német anyacégünk disztribútor, mi viszont közvetlen partner vagyunk.', { partnerType: 'direct' }],
    ['hu-HU', 'Az anyacégünk közvetlen partner. Az ügyfél EA-n van.', { channel: 'ea' }],
    ['hu-HU', 'Mi közvetlen partnerek vagyunk, az ügyfél anyacége is nálunk van.', { partnerType: 'direct' }],
    ['hu-HU', 'Az ügyfél anyacége disztribútortól vásárol, mi közvetlen partner vagyunk.', { partnerType: 'direct' }],
  ]);
});
