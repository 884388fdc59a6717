// Edition 2020: the seeds' policy exactly as they state it (Partner Center "Multi-channel
// support", 2019-2020, and 21Vianet's pages). Never edited: a deployment pins it to answer as
// the rules were then. Two later changes show as dated notes only.
import type { Channel, Cloud } from '../questions';
import type { PolicyEdition } from './types';

const COMMERCIAL: readonly Cloud[] = ['global', 'usgov'];
const ELSEWHERE: readonly Channel[] = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty'];
const CHINA_ELIGIBLE: readonly Channel[] = ['vianet', 'formerAdvisor'];
/** The dated GDAP note: US Government's says GDAP isn't available there. */
const GDAP = [
  { note: 'gdapSince2023', clouds: ['global'] },
  { note: 'gdapUsgov', clouds: ['usgov'] },
] as const;

export const EDITION_2020: PolicyEdition = {
  id: '2020',
  rows: [
    {
      row: 'G1',
      verdict: 'eligible',
      clouds: COMMERCIAL,
      channels: ELSEWHERE,
      services: ['license'],
      goals: ['support'],
      links: ['request-relationship', 'multichannel'],
      notes: GDAP,
    },
    {
      row: 'G2',
      verdict: 'notYet',
      clouds: COMMERCIAL,
      channels: ELSEWHERE,
      services: ['license'],
      goals: ['move'],
      links: ['request-relationship', 'multichannel'],
      notes: GDAP,
    },
    {
      row: 'G3',
      verdict: 'eligible',
      clouds: COMMERCIAL,
      channels: ELSEWHERE,
      services: ['usage'],
      links: ['request-relationship', 'multichannel'],
      notes: GDAP,
    },
    {
      row: 'G4',
      verdict: 'eligible',
      clouds: COMMERCIAL,
      channels: ['otherCsp'],
      services: ['usage'],
      links: ['switch-azure', 'request-relationship'],
      notes: GDAP,
    },
    {
      row: 'G5',
      verdict: 'notCovered',
      clouds: COMMERCIAL,
      channels: ['otherCsp'],
      services: ['license'],
      goals: ['support'],
      links: ['multipartner', 'request-relationship', 'work-with-partners'],
      notes: GDAP,
    },
    {
      row: 'G6',
      verdict: 'notYet',
      clouds: COMMERCIAL,
      channels: ['otherCsp'],
      services: ['license'],
      goals: ['move'],
      links: ['multipartner', 'work-with-partners'],
      notes: [...GDAP, 'newCommerceTransfer'],
    },
    { row: 'G7', verdict: 'notEligible', clouds: COMMERCIAL, channels: ['syndication'], links: ['work-with-partners', 'multichannel'], noSteps: true },
    {
      row: 'C1',
      verdict: 'eligible',
      clouds: ['china'],
      channels: CHINA_ELIGIBLE,
      services: ['license'],
      goals: ['support'],
      partnerTypes: ['direct'],
      links: ['cn-request-relationship', 'cn-multichannel'],
    },
    {
      row: 'C2',
      verdict: 'eligible',
      clouds: ['china'],
      channels: CHINA_ELIGIBLE,
      services: ['license'],
      goals: ['support'],
      partnerTypes: ['indirectProvider'],
      links: ['cn-request-relationship', 'cn-multichannel'],
    },
    {
      row: 'C3',
      verdict: 'eligible',
      clouds: ['china'],
      channels: CHINA_ELIGIBLE,
      services: ['license'],
      goals: ['support'],
      partnerTypes: ['indirectReseller'],
      links: ['cn-multichannel', 'cn-request-relationship'],
    },
    {
      row: 'C4',
      verdict: 'notEligible',
      clouds: ['china'],
      channels: CHINA_ELIGIBLE,
      services: ['license'],
      goals: ['move'],
      links: ['cn-request-relationship'],
    },
    { row: 'C5', verdict: 'notCovered', clouds: ['china'], channels: ['other'], links: ['cn-multipartner', 'cn-work-with-partners'] },
    { row: 'C6', verdict: 'notCovered', clouds: ['china'], channels: CHINA_ELIGIBLE, services: ['usage'], links: ['cn-multichannel'] },
  ],
  notesBefore: [
    { note: 'noResaleToCsp', clouds: COMMERCIAL },
    { note: 'roles', clouds: COMMERCIAL, withSteps: true },
    { note: 'viaIndirectProvider', clouds: COMMERCIAL, partnerTypes: ['indirectReseller'], withSteps: true },
    { note: 'forIndirectProvider', clouds: COMMERCIAL, partnerTypes: ['indirectProvider'], withSteps: true },
    { note: 'usgovInvitation', clouds: ['usgov'] },
    { note: 'chinaSingleAdminPartner', clouds: ['china'] },
  ],
  notesAfter: [],
  links: [
    { link: 'indirect-reseller', clouds: COMMERCIAL, partnerTypes: ['indirectReseller'] },
    { link: 'indirect-provider', clouds: COMMERCIAL, partnerTypes: ['indirectProvider'] },
  ],
};
