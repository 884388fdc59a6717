// What the machines' calls ask of Partner Center and Graph, in the services' own terms: the GDAP
// request of a confirmed card (with the one automatic extension Graph takes, when asked for) and
// the transfer request ("Create a transfer for new commerce"). Pure: the host sends them
// (src/hosting/actions/runCalls.ts).
import { AUTO_EXTEND_DURATION, NEW_COMMERCE_TRANSFER_TYPE, TRANSFER_PRODUCT_TYPES } from '../../domain/actions';
import type { GdapRequest } from '../../domain/microsoftApis/graphAnswers';
import type { NewTransfer } from '../../domain/microsoftApis/partnerCenterAnswers';
import type { ActionRecord } from './actionRecords';
import type { Call } from './machine';

/** The relationship a confirmed GDAP card asks for; its confirmation key names it, so a retry finds the first. */
export function gdapRequestOf(call: Extract<Call, { call: 'requestGdap' }>): GdapRequest {
  return {
    confirmationKey: call.confirmationKey,
    customerTenantId: call.customerTenantId,
    ...(call.customerName ? { customerName: call.customerName } : {}),
    roleDefinitionIds: call.roleDefinitionIds,
    duration: call.duration,
    ...(call.autoExtend ? { autoExtendDuration: AUTO_EXTEND_DURATION } : {}),
  };
}

/**
 * The transfer request of a confirmed card: Partner Center's customer id is the customer's tenant
 * id; transferType the number 5 (TransferEntity page); the product types the row transfers;
 * partnerOnRecord only for an indirect provider's reseller.
 */
export function newTransfer(record: Extract<ActionRecord, { kind: 'startTransfer'; stage: 'review' }>): NewTransfer {
  const { customer, typed } = record;
  return {
    customerTenantId: customer.tenantId,
    ...(customer.companyName ? { customerName: customer.companyName } : {}),
    customerEmailId: typed.customerEmail,
    sourcePartnerTenantId: typed.currentPartner,
    sourcePartnerName: typed.currentPartnerName,
    transferType: NEW_COMMERCE_TRANSFER_TYPE,
    targetProductTypes: [...(TRANSFER_PRODUCT_TYPES[record.row] ?? [])],
    ...(typed.partnerOnRecord ? { partnerOnRecord: typed.partnerOnRecord } : {}),
  };
}
