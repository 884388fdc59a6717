// The Hungarian question particle "-e" before the article ("van-e a", "benne van-e az") is no
// spelled "EA": the English spoken form "an e a" needs "an" as a word of its own.
import { checkKind } from './kindCheck';

describe('"van-e a" spells no EA', () => {
  checkKind([
    ['hu-HU', 'Nem tudjuk, benne van-e a disztribútor a láncban; az Azure-t egy másik CSP partnertől vették.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'They bought Office 365 through an e a with Microsoft.', { channel: 'ea', service: 'license' }],
  ]);
});
