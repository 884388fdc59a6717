// "Javította" (he corrected it), like "kijavította", is a correction word: what was written before
// it (a form's ticked product) gives way to what follows.
import { checkKind } from './kindCheck';

describe('Hungarian: "javította" corrects what was written before', () => {
  checkKind([['hu-HU', 'A kérdőíven Azure szerepelt, hívásban javította: nem Azure, hanem Office 365 E3.', { service: 'license' }]]);
});
