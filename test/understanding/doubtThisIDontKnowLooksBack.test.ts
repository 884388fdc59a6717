// "Ezt nem tudom" (this I don't know) doubts what was just said, not what follows, and its "nem"
// negates nothing: the ordinary "nem tudom" doubts the next answer. With "hogy", "melyik" and the
// like after it ("azt nem tudom, hogy…") it still points forward, to the clause it opens.
import { checkRead } from './kindCheck';

describe('doubt: "ezt nem tudom" looks back in Hungarian', () => {
  checkRead([
    [
      'hu-HU',
      'direkt partnerek vagyunk vagy viszonteladók ezt nem tudom az ügyfél a microsofttól vette',
      { channel: 'microsoft' },
      { conflicts: ['partnerType'] },
    ],
    ['hu-HU', 'EA-n keresztül vették ezt nem tudom az ügyfél Office 365-öt használ', { service: 'license' }, { hedged: { channel: 'ea' } }],
    ['hu-HU', 'Azt nem tudom, hogy EA-n keresztül vették-e az Office 365-öt.', { service: 'license' }, { hedged: { channel: 'ea' } }],
    ['hu-HU', 'nem tudom az ügyfél a microsofttól vette', {}, { hedged: { channel: 'microsoft' } }],
  ]);
});
