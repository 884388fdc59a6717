// Whether the Web Chat page shows the demonstration's banner (conversation/pages/webChatPage.ts:
// pageDemo), from a table: only where the actions run against the stand-ins, with the sample
// values when the entry point gives them. The banner's lines: test/webchat/page.test.ts.
import { strict as assert } from 'assert';
import { DemoSample, pageDemo } from '../../../src/conversation/pages/webChatPage';

const SAMPLE: DemoSample = {
  customers: ['Contoso'],
  currentPartner: { tenantId: '00000000-0000-4000-8000-000000000001', name: 'Fabrikam' },
  invitee: 'Northwind',
  customerSideUrl: 'http://localhost/customer',
};

describe('Web Chat page: the demonstration banner', () => {
  it('shows only in the demonstration, with its sample values when known', () => {
    const rows: [string, 'oauth' | 'demo' | undefined, DemoSample | undefined, ReturnType<typeof pageDemo>][] = [
      ['demonstration with its sample', 'demo', SAMPLE, { demo: { sample: SAMPLE } }],
      ['demonstration, no sample given', 'demo', undefined, { demo: {} }],
      ['OAuth: a real deployment', 'oauth', SAMPLE, {}],
      ['actions off', undefined, SAMPLE, {}],
    ];
    for (const [name, mode, sample, expected] of rows) assert.deepEqual(pageDemo(mode, sample), expected, name);
  });
});
