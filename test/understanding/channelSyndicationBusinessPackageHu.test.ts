// A telecom's business package ("a mobilszolgáltató üzleti csomagja") is the package a
// syndication partner sells: the word "üzleti" between them changes nothing.
import { checkKind } from './kindCheck';

describe("channelWords: a telecom's business package is syndication", () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 365 az internetszolgáltatójuk üzleti csomagjában van, mi csak üzemeltetnénk.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A mobilszolgáltató üzleti csomagjával kapták a Microsoft 365-öt.', { channel: 'syndication', service: 'license' }],
  ]);
});
