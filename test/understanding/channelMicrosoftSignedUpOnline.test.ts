// A customer that "signed up online" by itself, or is "billed by Microsoft on the company card",
// bought from Microsoft directly.
import { checkKind } from './kindCheck';

describe('channel: "signed up online", "billed by Microsoft on their card" is Microsoft', () => {
  checkKind([
    ['en-US', 'They signed up online by themselves for Microsoft 365 Business Basic.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They get billed by Microsoft on the company card every month for Office 365.', { channel: 'microsoft', service: 'license' }],
  ]);
});
