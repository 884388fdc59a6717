// Edition 2026-11: the policy in force, reviewed on 23 November 2026 against Microsoft's current
// pages. Source ids (S1-S28) name the evidence in sources.json. New facts since 2020: GDAP
// replaced DAP (2023), partner-to-partner transfers of Azure plans and new-commerce licences.
import type { Channel, Cloud } from '../questions';
import { EDITION_2020 } from './2020';
import type { PolicyEdition, RuleRow } from './types';

const COMMERCIAL: readonly Cloud[] = ['global', 'usgov'];
const ELSEWHERE: readonly Channel[] = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty'];
/** 21Vianet published nothing newer than 2016/2018: its rows keep the 2020 words, with a caveat. */
const CHINA_SOURCES = ['S24'];

export const EDITION_2026_11: PolicyEdition = {
  id: '2026-11',
  reviewed: '2026-11-23',
  rows: [
    {
      row: 'G1',
      verdict: 'eligible',
      clouds: COMMERCIAL,
      channels: ELSEWHERE,
      services: ['license'],
      goals: ['support'],
      links: ['request-relationship', 'gdap', 'customer-agreement', 'multichannel'],
      notes: [{ note: 'eaGdap', channels: ['ea'] }],
      sources: ['S4', 'S5', 'S6', 'S17', 'S18'],
    },
    {
      row: 'G2',
      verdict: 'notYet',
      clouds: COMMERCIAL,
      channels: ELSEWHERE,
      services: ['license'],
      goals: ['move'],
      links: ['move-licenses', 'request-relationship', 'multichannel', { link: 'ea-change-partner', channels: ['ea'] }],
      notes: [
        { note: 'eaRenewToCsp', channels: ['ea'] },
        { note: 'eaChangePartner', channels: ['ea'] },
      ],
      sources: ['S7', 'S14', 'S15'],
    },
    {
      row: 'G3',
      verdict: 'eligible',
      clouds: COMMERCIAL,
      channels: ELSEWHERE,
      services: ['usage'],
      links: ['request-relationship', 'customer-agreement', 'multichannel'],
      // Billing ownership of a direct EA's or an enterprise MCA's Azure: direct-bill Azure Expert MSPs only.
      notes: [{ note: 'azureExpertMsp', channels: ['ea', 'microsoft'], partnerTypes: ['direct'] }],
      sources: ['S13a', 'S13b', 'S17'],
    },
    {
      row: 'G4',
      verdict: 'transfer',
      clouds: COMMERCIAL,
      channels: ['otherCsp'],
      services: ['usage'],
      links: ['transfer-subscriptions', 'transfer-azure-plan', 'request-relationship', 'switch-azure'],
      notes: ['changedAzureTransfer'],
      sources: ['S9', 'S10a', 'S10b', 'S11', 'S12'],
    },
    {
      row: 'G5',
      verdict: 'notCovered',
      clouds: COMMERCIAL,
      channels: ['otherCsp'],
      services: ['license'],
      goals: ['support'],
      links: ['multipartner', 'request-relationship', 'gdap'],
      sources: ['S16'],
    },
    {
      row: 'G6',
      verdict: 'transfer',
      clouds: COMMERCIAL,
      channels: ['otherCsp'],
      services: ['license'],
      goals: ['move'],
      links: ['transfer-nce-license', 'transfer-subscriptions', 'request-relationship'],
      notes: ['changedLicenseTransfer'],
      sources: ['S7', 'S8', 'S9', 'S22a'],
    },
    {
      row: 'G7',
      verdict: 'notEligible',
      clouds: COMMERCIAL,
      channels: ['syndication'],
      links: ['work-with-partners', 'multichannel'],
      noSteps: true,
      textOf: '2020',
      sources: ['S2', 'S3'],
    },
    // 21Vianet: the 2020 rows and words, with the caveat every result of the cloud carries below.
    ...EDITION_2020.rows.filter((r) => r.clouds.includes('china')).map((r): RuleRow => ({ ...r, textOf: '2020', sources: CHINA_SOURCES })),
  ],
  notesBefore: [
    { note: 'chinaUnverified', clouds: ['china'] },
    { note: 'chinaSingleAdminPartner', clouds: ['china'] },
  ],
  notesAfter: [
    { note: 'rolesAdminAgent', clouds: COMMERCIAL, withSteps: true },
    { note: 'viaIndirectProviderAttests', clouds: COMMERCIAL, partnerTypes: ['indirectReseller'], withSteps: true },
    { note: 'forIndirectProvider', clouds: COMMERCIAL, partnerTypes: ['indirectProvider'], withSteps: true },
    { note: 'usgovAdminAccess', clouds: ['usgov'], withSteps: true },
    { note: 'usgovTransfer', clouds: ['usgov'], verdicts: ['transfer'] },
    // A plain note, last: it qualifies who may buy, it is no alarm about this case.
    { note: 'noResaleToCspTenant', clouds: COMMERCIAL },
  ],
  links: [
    { link: 'indirect-reseller', clouds: COMMERCIAL, partnerTypes: ['indirectReseller'] },
    { link: 'indirect-provider', clouds: COMMERCIAL, partnerTypes: ['indirectProvider'] },
  ],
};
