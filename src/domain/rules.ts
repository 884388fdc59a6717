// The decision table of the SPEC, as data: each row names the answers it matches, its verdict and
// links. `decide` picks the single matching row and adds the notes that every result of a cloud
// carries. A test walks every combination of answers and checks exactly one row matches.
import { Answers, Channel, Cloud, CompleteAnswers, Goal, PartnerType, Service } from './questions';
import { LinkId, NoteId, Outcome, OutcomeRow, Verdict } from './outcomes';

interface RuleRow {
  row: OutcomeRow;
  verdict: Verdict;
  clouds: readonly Cloud[];
  channels: readonly Channel[];
  services?: readonly Service[];
  goals?: readonly Goal[];
  partnerTypes?: readonly PartnerType[];
  links: readonly LinkId[];
  notes?: readonly NoteId[];
}

const COMMERCIAL: readonly Cloud[] = ['global', 'usgov'];
const ELSEWHERE: readonly Channel[] = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty'];
const CHINA_ELIGIBLE: readonly Channel[] = ['vianet', 'formerAdvisor'];

export const RULES: readonly RuleRow[] = [
  { row: 'G1', verdict: 'eligible', clouds: COMMERCIAL, channels: ELSEWHERE, services: ['license'], goals: ['support'],
    links: ['request-relationship', 'multichannel'], notes: ['gdapSince2023'] },
  { row: 'G2', verdict: 'notYet', clouds: COMMERCIAL, channels: ELSEWHERE, services: ['license'], goals: ['move'],
    links: ['request-relationship', 'multichannel'], notes: ['gdapSince2023'] },
  { row: 'G3', verdict: 'eligible', clouds: COMMERCIAL, channels: ELSEWHERE, services: ['usage'],
    links: ['request-relationship', 'multichannel'], notes: ['gdapSince2023'] },
  { row: 'G4', verdict: 'eligible', clouds: COMMERCIAL, channels: ['otherCsp'], services: ['usage'],
    links: ['switch-azure', 'request-relationship'], notes: ['gdapSince2023'] },
  { row: 'G5', verdict: 'notCovered', clouds: COMMERCIAL, channels: ['otherCsp'], services: ['license'], goals: ['support'],
    links: ['multipartner', 'request-relationship', 'work-with-partners'], notes: ['gdapSince2023'] },
  { row: 'G6', verdict: 'notYet', clouds: COMMERCIAL, channels: ['otherCsp'], services: ['license'], goals: ['move'],
    links: ['multipartner', 'work-with-partners'], notes: ['newCommerceTransfer'] },
  { row: 'G7', verdict: 'notEligible', clouds: COMMERCIAL, channels: ['syndication'],
    links: ['work-with-partners', 'multichannel'] },
  { row: 'C1', verdict: 'eligible', clouds: ['china'], channels: CHINA_ELIGIBLE, services: ['license'], goals: ['support'],
    partnerTypes: ['direct'], links: ['cn-request-relationship', 'cn-multichannel'] },
  { row: 'C2', verdict: 'eligible', clouds: ['china'], channels: CHINA_ELIGIBLE, services: ['license'], goals: ['support'],
    partnerTypes: ['indirectProvider'], links: ['cn-request-relationship', 'cn-multichannel'] },
  { row: 'C3', verdict: 'eligible', clouds: ['china'], channels: CHINA_ELIGIBLE, services: ['license'], goals: ['support'],
    partnerTypes: ['indirectReseller'], links: ['cn-multichannel', 'cn-request-relationship'] },
  { row: 'C4', verdict: 'notEligible', clouds: ['china'], channels: CHINA_ELIGIBLE, services: ['license'], goals: ['move'],
    links: ['cn-request-relationship'] },
  { row: 'C5', verdict: 'notCovered', clouds: ['china'], channels: ['other'],
    links: ['cn-multipartner', 'cn-work-with-partners'] },
  { row: 'C6', verdict: 'notCovered', clouds: ['china'], channels: CHINA_ELIGIBLE, services: ['usage'],
    links: ['cn-multichannel'] },
];

function allows<T>(list: readonly T[] | undefined, value: T | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value));
}

export function matchingRows(answers: Answers): RuleRow[] {
  return RULES.filter(
    (r) =>
      allows(r.clouds, answers.cloud) &&
      allows(r.channels, answers.channel) &&
      allows(r.services, answers.service) &&
      allows(r.goals, answers.goal) &&
      allows(r.partnerTypes, answers.partnerType),
  );
}

/** Notes every result of a cloud carries (shown before the row's own) and links (after). */
function cloudWide(answers: CompleteAnswers): { notes: NoteId[]; links: LinkId[] } {
  if (answers.cloud === 'china') return { notes: ['chinaSingleAdminPartner'], links: [] };
  const notes: NoteId[] = ['noResaleToCsp', 'roles'];
  const links: LinkId[] = [];
  if (answers.partnerType === 'indirectReseller') {
    notes.push('viaIndirectProvider');
    links.push('indirect-reseller');
  } else if (answers.partnerType === 'indirectProvider') {
    notes.push('forIndirectProvider');
    links.push('indirect-provider');
  }
  if (answers.cloud === 'usgov') notes.push('usgovInvitation');
  return { notes, links };
}

/** Turns complete answers into the outcome of the SPEC's decision table. */
export function decide(answers: CompleteAnswers): Outcome {
  const rows = matchingRows(answers);
  const rule = rows[0];
  // The table is exhaustive and disjoint (tested); this guards against tampered state only.
  if (rows.length !== 1 || rule === undefined) {
    throw new Error(`Decision table matched ${rows.length} rows for ${JSON.stringify(answers)}`);
  }
  const extra = cloudWide(answers);
  // US Government has no GDAP: its dated note says so instead of the commercial one.
  const ruleNotes = (rule.notes ?? []).map((n): NoteId => (n === 'gdapSince2023' && answers.cloud === 'usgov' ? 'gdapUsgov' : n));
  return {
    row: rule.row,
    verdict: rule.verdict,
    notes: unique([...extra.notes, ...ruleNotes]),
    links: unique([...rule.links, ...extra.links]),
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
