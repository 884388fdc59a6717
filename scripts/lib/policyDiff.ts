// docs/policy.md from the data: per row of the decision table (a set of answer paths), what the
// editions of the policy say and what differs (verdict, steps, notes, links), with the sources of
// the edition in force. `npm run policy:diff` writes it; a test compares the file with this.
import { catalogFor, formatDate } from '../../src/domain/textCatalog';
import { EDITIONS, DEFAULT_EDITION, EditionId } from '../../src/domain/editions';
import { linkUrl } from '../../src/domain/links';
import { OUTCOME_ROWS, OutcomeRow } from '../../src/domain/outcomes';
import { Condition, LinkRef, NoteRef, RuleRow, policyEdition } from '../../src/domain/policy';
import { QUESTION_IDS } from '../../src/domain/questions';
import { outcomeText, verdictTitle } from '../../src/conversation/advisor/resultView';
import sources from '../../content/sources/2026-11.json';

const c = catalogFor('en-US');
const [NOW, THEN] = EDITIONS;

function ruleOf(edition: EditionId, row: OutcomeRow): RuleRow {
  const rule = policyEdition(edition).rows.find((r) => r.row === row);
  if (!rule) throw new Error(`edition ${edition} has no row ${row}`);
  return rule;
}

function condition(cond: Condition): string {
  const parts: string[] = [];
  if (cond.clouds) parts.push(`cloud ${cond.clouds.join(' or ')}`);
  if (cond.channels) parts.push(`bought through ${cond.channels.join(' or ')}`);
  if (cond.partnerTypes) parts.push(`partner ${cond.partnerTypes.join(' or ')}`);
  if (cond.verdicts) parts.push(`verdict ${cond.verdicts.join(' or ')}`);
  if (cond.withSteps) parts.push('rows with steps');
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function note(ref: NoteRef): string {
  const id = typeof ref === 'string' ? ref : ref.note;
  const text = c.notes[id];
  return `**${text.title}** \`${id}\`${typeof ref === 'string' ? '' : condition(ref)}: ${text.text.replace(/\{date\}/g, 'the date of the change')}`;
}

function link(ref: LinkRef): string {
  const id = typeof ref === 'string' ? ref : ref.link;
  return `[${c.links[id]}](${linkUrl(id, 'en-US')}) \`${id}\`${typeof ref === 'string' ? '' : condition(ref)}`;
}

function refId(ref: NoteRef | LinkRef): string {
  return typeof ref === 'string' ? ref : 'note' in ref ? ref.note : ref.link;
}

function situation(rule: RuleRow): string {
  const answers: Record<string, readonly string[] | undefined> = {
    cloud: rule.clouds,
    channel: rule.channels,
    service: rule.services,
    goal: rule.goals,
    partnerType: rule.partnerTypes,
  };
  return QUESTION_IDS.map((q) => `${q} ${answers[q]?.join(' or ') ?? 'any'}`).join(' · ');
}

function list(items: string[], none = 'none'): string[] {
  return items.length === 0 ? [`- ${none}`] : items.map((i) => `- ${i}`);
}

function changes(before: readonly (NoteRef | LinkRef)[], after: readonly (NoteRef | LinkRef)[]): { added: string[]; removed: string[] } {
  const was = new Set(before.map(refId));
  const is = new Set(after.map(refId));
  return { added: [...is].filter((id) => !was.has(id)), removed: [...was].filter((id) => !is.has(id)) };
}

function rowSection(row: OutcomeRow): string[] {
  const now = ruleOf(NOW, row);
  const then = ruleOf(THEN, row);
  const textNow = outcomeText(c, { row, textOf: now.textOf ?? NOW });
  const textThen = outcomeText(c, { row, textOf: then.textOf ?? THEN });
  const sameText = JSON.stringify(textNow) === JSON.stringify(textThen);
  const notes = changes(then.notes ?? [], now.notes ?? []);
  const links = changes(then.links, now.links);
  const differs = [
    now.verdict !== then.verdict && 'verdict',
    !sameText && 'summary and steps',
    (notes.added.length > 0 || notes.removed.length > 0) && "the row's notes",
    JSON.stringify(now.links) !== JSON.stringify(then.links) && 'links',
  ].filter((d): d is string => typeof d === 'string');
  const out = [
    `### ${row}`,
    '',
    `Answers: ${situation(now)}.`,
    '',
    `**Differs:** ${differs.length > 0 ? differs.join(', ') : 'nothing in the row itself'} (the notes on every result differ too: see above).`,
    '',
    `| | ${THEN} | ${NOW} |`,
    '|---|---|---|',
    `| Verdict | ${verdictTitle(c, { ...then, textOf: then.textOf ?? THEN })} (\`${then.verdict}\`) | ${verdictTitle(c, { ...now, textOf: now.textOf ?? NOW })} (\`${now.verdict}\`) |`,
    `| Summary | ${textThen.summary} | ${sameText ? 'unchanged' : textNow.summary} |`,
    '',
  ];
  if (!sameText) {
    out.push(
      `Steps in ${THEN}:`,
      '',
      ...textThen.steps.map((s, i) => `${i + 1}. ${s}`),
      '',
      `Steps in ${NOW}:`,
      '',
      ...textNow.steps.map((s, i) => `${i + 1}. ${s}`),
      '',
    );
  } else {
    out.push('Steps: unchanged.', '');
  }
  for (const v of now.stepVariants ?? []) {
    const text = outcomeText(c, { row, textOf: now.textOf ?? NOW, variant: v.variant });
    out.push(
      `Summary and steps in ${NOW}${condition(v)}, variant \`${v.variant}\` (the first variant whose condition holds replaces the row's own):`,
      '',
      `Summary: ${text.summary}`,
      '',
      ...text.steps.map((s, i) => `${i + 1}. ${s}`),
      '',
    );
  }
  out.push(
    `Notes of the row in ${THEN}:`,
    '',
    ...list((then.notes ?? []).map(note)),
    '',
    `Notes of the row in ${NOW}:`,
    '',
    ...list((now.notes ?? []).map(note)),
    '',
  );
  out.push(`Links in ${THEN}:`, '', ...list(then.links.map(link)), '', `Links in ${NOW}:`, '', ...list(now.links.map(link)), '');
  if (links.added.length > 0 || links.removed.length > 0) {
    out.push(
      `Links added: ${links.added.map((l) => `\`${l}\``).join(', ') || 'none'}; removed: ${links.removed.map((l) => `\`${l}\``).join(', ') || 'none'}.`,
      '',
    );
  }
  const cited = (now.sources ?? []).map((id) => {
    const source = (sources as Record<string, { page: string; date: string } | string>)[id];
    if (typeof source !== 'object') throw new Error(`row ${row} cites ${id}, which content/sources/2026-11.json lacks`);
    return `${id}: ${source.page} (${source.date})`;
  });
  out.push(`Sources of ${NOW}:`, '', ...list(cited), '');
  return out;
}

/** The corrections of transcription made in an edition after its review, dated, with their sources. */
function errata(edition: EditionId): string[] {
  const list = policyEdition(edition).errata ?? [];
  if (list.length === 0) return [];
  return [
    `## Errata to edition ${edition}`,
    '',
    "Errors of transcription or omission found on a second read of Microsoft's pages: corrected in the",
    'edition itself (an edition is never edited for a change of policy; an erratum is not one). The rows',
    'they touch carry the date of the correction as their review date.',
    '',
    ...list.map((e) => `- **${e.id}** (${e.date}; ${e.rows.join(', ')}): ${e.what} Sources: ${e.sources.join('; ')}.`),
    '',
  ];
}

function everyResult(edition: EditionId): string[] {
  const e = policyEdition(edition);
  return [
    `### Every result, edition ${edition}`,
    '',
    'Notes before the row’s own:',
    '',
    ...list(e.notesBefore.map(note)),
    '',
    'Notes after the row’s own:',
    '',
    ...list(e.notesAfter.map(note)),
    '',
    'Links after the row’s own:',
    '',
    ...list(e.links.map(link)),
    '',
  ];
}

export function policyDiffMarkdown(): string {
  // The newest row review: the day the edition was last checked against Microsoft's pages.
  const reviewed = policyEdition(NOW)
    .rows.map((r) => r.reviewed)
    .sort()
    .at(-1);
  const lines = [
    '# The editions of the policy, and what changed',
    '',
    'Generated by `npm run policy:diff` from the decision rows (`content/editions/`) and the English',
    'texts (`content/texts/en-US.json`); a test fails when this file no longer matches them. Edit those,',
    'then run the command: not this file.',
    '',
    '| edition | what it is | answers |',
    '|---|---|---|',
    `| \`${NOW}\` | the policy in force, reviewed on ${reviewed ? formatDate(reviewed, 'en-US').replace(/\u00a0/g, ' ') : '?'} against Microsoft's pages | ${NOW === DEFAULT_EDITION ? 'by default' : `with POLICY_EDITION=${NOW}`} |`,
    `| \`${THEN}\` | the original guidance of 2019-2020, kept as it was (historical) | with POLICY_EDITION=${THEN} |`,
    '',
    'A row (G1-G7 for Partner Center and US Government, C1-C6 for 21Vianet) names a situation: a set',
    'of answers. The same answers reach the same row in every edition; what the row says depends on the',
    'edition. A card quotes both as its reference: "Policy 2026-11 · situation G6" is row G6 of edition',
    '2026-11 (an agent can paste it in a ticket; this page says what it meant then).',
    '',
    ...errata(NOW),
    '## On every result',
    '',
    ...everyResult(NOW),
    ...everyResult(THEN),
    '## Row by row',
    '',
    ...OUTCOME_ROWS.flatMap(rowSection),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
