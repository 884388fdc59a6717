// Kind "correction": a contract that "got dropped", "was cancelled" or "was not renewed" is no
// longer the channel, as one that expired or ended ("EA got dropped in 2022, the Azure's been on
// the Open Value since"). Read before as two channels, asked.
import { checkKind } from './kindCheck';

describe('kind: a contract dropped or not renewed is not the channel', () => {
  checkKind([
    ['en-US', 'Their EA got dropped last year, the Azure has been on Open Value since 2020.', { channel: 'open', service: 'usage' }],
    ['en-US', 'Office 365: the EA was not renewed, they buy it from Microsoft directly now.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'The Open License was discontinued in 2021; Azure on the EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
