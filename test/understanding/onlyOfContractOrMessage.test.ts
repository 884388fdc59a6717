// "Only" right after a contract said as a subject limits that contract, also when the contract
// opens the message or its sentence with no article ("EA only covers Office 365"); an "only"
// elsewhere in the message ("this is only about Office 365") still restricts the service, though
// the contract is a subject followed by a verb ("The EA is from 2020").
import { checkKind } from './kindCheck';

describe('"only" after a contract limits the contract, "only" elsewhere the message', () => {
  checkKind([
    ['en-US', 'EA only covers Office 365, their Azure is with another CSP.', {}, ['channel', 'service']],
    ['en-US', 'Their Azure is with another CSP. EA only covers Office 365.', {}, ['channel', 'service']],
    ['en-US', 'The EA is from 2020. They have Azure and Office 365, but this is only about Office 365.', { channel: 'ea', service: 'license' }],
    ['en-US', 'The EA is from 2020. They have Azure and Office 365, but we talk about Office 365 only.', { channel: 'ea', service: 'license' }],
  ]);
});
