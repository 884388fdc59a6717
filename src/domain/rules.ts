// The decision table of the SPEC, as data: each row names the answers it matches, its verdict and
// links. `decide` picks the single matching row and adds the notes that every result of a cloud
// carries. A test walks every combination of answers and checks exactly one row matches.
import {
  Answers,
  Channel,
  Cloud,
  CompleteAnswers,
  Goal,
  PartnerType,
  QUESTION_IDS,
  QuestionId,
  Service,
  consistentAnswers,
  isApplicable,
  isComplete,
  nextQuestion,
  optionsFor,
} from './questions';
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
  /**
   * Nothing to do in Partner Center (the verdict is a plain no): the notes about who can do the
   * steps, and what the partner's role in CSP changes about them, would talk about steps that
   * are not there.
   */
  noSteps?: true;
}

const COMMERCIAL: readonly Cloud[] = ['global', 'usgov'];
const ELSEWHERE: readonly Channel[] = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty'];
const CHINA_ELIGIBLE: readonly Channel[] = ['vianet', 'formerAdvisor'];

export const RULES: readonly RuleRow[] = [
  {
    row: 'G1',
    verdict: 'eligible',
    clouds: COMMERCIAL,
    channels: ELSEWHERE,
    services: ['license'],
    goals: ['support'],
    links: ['request-relationship', 'multichannel'],
    notes: ['gdapSince2023'],
  },
  {
    row: 'G2',
    verdict: 'notYet',
    clouds: COMMERCIAL,
    channels: ELSEWHERE,
    services: ['license'],
    goals: ['move'],
    links: ['request-relationship', 'multichannel'],
    notes: ['gdapSince2023'],
  },
  {
    row: 'G3',
    verdict: 'eligible',
    clouds: COMMERCIAL,
    channels: ELSEWHERE,
    services: ['usage'],
    links: ['request-relationship', 'multichannel'],
    notes: ['gdapSince2023'],
  },
  {
    row: 'G4',
    verdict: 'eligible',
    clouds: COMMERCIAL,
    channels: ['otherCsp'],
    services: ['usage'],
    links: ['switch-azure', 'request-relationship'],
    notes: ['gdapSince2023'],
  },
  {
    row: 'G5',
    verdict: 'notCovered',
    clouds: COMMERCIAL,
    channels: ['otherCsp'],
    services: ['license'],
    goals: ['support'],
    links: ['multipartner', 'request-relationship', 'work-with-partners'],
    notes: ['gdapSince2023'],
  },
  {
    row: 'G6',
    verdict: 'notYet',
    clouds: COMMERCIAL,
    channels: ['otherCsp'],
    services: ['license'],
    goals: ['move'],
    links: ['multipartner', 'work-with-partners'],
    notes: ['gdapSince2023', 'newCommerceTransfer'],
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
function cloudWide(answers: CompleteAnswers, rule: RuleRow): { notes: NoteId[]; links: LinkId[] } {
  if (answers.cloud === 'china') return { notes: ['chinaSingleAdminPartner'], links: [] };
  const steps = rule.noSteps !== true;
  const notes: NoteId[] = steps ? ['noResaleToCsp', 'roles'] : ['noResaleToCsp'];
  const links: LinkId[] = [];
  if (answers.partnerType === 'indirectReseller') {
    if (steps) notes.push('viaIndirectProvider');
    links.push('indirect-reseller');
  } else if (answers.partnerType === 'indirectProvider') {
    if (steps) notes.push('forIndirectProvider');
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
  const extra = cloudWide(answers, rule);
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

/** Every way to complete the answers, in question order (each a valid, complete set). */
export function completionsOf(answers: Answers): CompleteAnswers[] {
  const open = QUESTION_IDS.find((q) => isApplicable(q, answers) && answers[q] === undefined);
  if (open === undefined) return isComplete(answers) ? [answers] : [];
  return optionsFor(open, answers).flatMap((option) => completionsOf(consistentAnswers({ ...answers, [open]: option })));
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.row === b.row && a.verdict === b.verdict && a.notes.join() === b.notes.join() && a.links.join() === b.links.join();
}

// A few hundred answer sets exist at most; each is worked out once.
const settled = new Map<string, Outcome | null>();

/**
 * The outcome as soon as the answers settle it: complete answers, or answers whose open
 * questions cannot change the result whatever is picked (21Vianet and "somewhere else" is C5
 * whatever the service or the partner's role). The SPEC asks only what the answer depends on.
 */
export function settledOutcome(answers: Answers): Outcome | undefined {
  const known = consistentAnswers(answers);
  const key = QUESTION_IDS.map((q) => known[q] ?? '').join('|');
  let found = settled.get(key);
  if (found === undefined) {
    const outcomes = completionsOf(known).map(decide);
    const first = outcomes[0];
    found = first !== undefined && outcomes.every((o) => sameOutcome(o, first)) ? first : null;
    settled.set(key, found);
  }
  return found ?? undefined;
}

/** The next question worth asking: none once the answers settle the outcome. */
export function questionToAsk(answers: Answers): QuestionId | undefined {
  return settledOutcome(answers) === undefined ? nextQuestion(answers) : undefined;
}
