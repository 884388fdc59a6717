// "… volt-e vagy …, azt nem tudom": a value asked in an embedded yes/no question ("-e vagy") is
// under a doubt, named when the question is asked back.
import { checkDoubted } from './kindCheck';

describe('Hungarian: a value in an embedded "-e vagy" question', () => {
  checkDoubted([
    ['hu-HU', 'a Teamset a mobilszolgáltató adta, hogy ez szindikációs program volt-e vagy sem, nem tudom', {}, { channel: 'syndication' }],
    ['hu-HU', '„…hogy Advisor partner volt-e vagy csak egy bolt, azt nem tudom…” Office 365.', { service: 'license' }, { channel: 'advisor' }],
  ]);
});
