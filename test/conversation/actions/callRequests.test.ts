// What the machines' calls ask of Graph and Partner Center (conversation/actions/callRequests.ts),
// from tables: a confirmed card's GDAP request and transfer request, in the services' own terms.
import { strict as assert } from 'assert';
import { gdapRequestOf, newTransfer } from '../../../src/conversation/actions/callRequests';
import type { ActionRecord } from '../../../src/conversation/actions/actionRecords';

const CUSTOMER = '0b2a4a3e-5d4f-4c8e-9a6b-1c2d3e4f5a6b';
const SOURCE = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('Action machines: what a call asks for', () => {
  it('asks Graph for the relationship of a confirmation, with the one extension Graph takes only when asked for', () => {
    const call = { call: 'requestGdap', confirmationKey: 'k1', customerTenantId: CUSTOMER, roleDefinitionIds: ['r1'], duration: 'P730D' } as const;
    const rows: [boolean, string | undefined, object][] = [
      [false, undefined, { confirmationKey: 'k1', customerTenantId: CUSTOMER, roleDefinitionIds: ['r1'], duration: 'P730D' }],
      [
        true,
        'Contoso',
        {
          confirmationKey: 'k1',
          customerTenantId: CUSTOMER,
          customerName: 'Contoso',
          roleDefinitionIds: ['r1'],
          duration: 'P730D',
          autoExtendDuration: 'P180D',
        },
      ],
      [false, '', { confirmationKey: 'k1', customerTenantId: CUSTOMER, roleDefinitionIds: ['r1'], duration: 'P730D' }],
    ];
    for (const [autoExtend, customerName, expected] of rows)
      assert.deepEqual(
        gdapRequestOf({ ...call, autoExtend, ...(customerName !== undefined ? { customerName } : {}) }),
        expected,
        `${autoExtend} ${customerName}`,
      );
  });

  it("asks Partner Center for a new-commerce transfer of the row's products, naming a partner of record only when typed", () => {
    type Review = Extract<ActionRecord, { kind: 'startTransfer'; stage: 'review' }>;
    const review = (row: 'G4' | 'G6', companyName: string, partnerOnRecord?: string): Review => ({
      kind: 'startTransfer',
      stage: 'review',
      owner: { id: 'u1' },
      row,
      at: 0,
      customer: { companyName, tenantId: CUSTOMER, domain: 'contoso.com' },
      typed: { currentPartner: SOURCE, currentPartnerName: 'Previous Ltd', customerEmail: 'it@contoso.com', ...(partnerOnRecord ? { partnerOnRecord } : {}) },
    });
    const common = {
      customerTenantId: CUSTOMER,
      customerEmailId: 'it@contoso.com',
      sourcePartnerTenantId: SOURCE,
      sourcePartnerName: 'Previous Ltd',
      transferType: 5,
    };
    const rows: [Review, object][] = [
      [review('G4', 'Contoso'), { ...common, customerName: 'Contoso', targetProductTypes: ['AzureSubscription', 'AzureReservation', 'AzureSavingsPlan'] }],
      [review('G6', '', '1234567'), { ...common, targetProductTypes: ['OnlineServicesNCE'], partnerOnRecord: '1234567' }],
    ];
    for (const [record, expected] of rows) assert.deepEqual(newTransfer(record), expected, record.row);
  });
});
