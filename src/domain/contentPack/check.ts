// The content pack's check (npm run content:check): every file against its schema, then what a
// schema cannot say: each edition answers every combination of answers exactly once, every
// language has every text with the same placeholders, every link resolves to an https address,
// every shown text is safe Markdown, review dates are real days not yet to come, and cited
// sources exist. Pure: the files come in parsed, the problems go out; reading is the host's job.
import { EDITIONS, EditionId } from '../editions';
import { DEFAULT_LOCALE, LOCALES, urlSegment } from '../locales';
import { LINK_IDS, NOTE_IDS, VERDICTS } from '../outcomes';
import type { LinkRef, NoteRef, PolicyEdition } from '../policy';
import { contradictionProblems } from './contradictions';
import { coverageProblems } from './coverage';
import { glossariesOf, glossaryProblems, glossaryRuleProblems } from './glossary';
import { PackFiles, Problem, WHOLE_FILE, listed, problem } from './problems';
import { isRecord } from '../records';
import { SchemaRef, schemaProblems } from './schemas';
import { isHttpsUrl } from './urls';
import { packRoleSetProblems } from './overlayLimits';
import { AssignmentTemplate, templateProblems } from '../accessAssignments';
import { catalogProblems, markdownProblems, pageProblems, requiredTextProblems } from './texts';

export const PAGES = ['webchat', 'panel'] as const;

/** The files a pack must have, by path. */
export function requiredFiles(): string[] {
  return [
    'links.json',
    'actions/roleSets.json',
    'actions/assignmentTemplates.json',
    ...PAGES.map((p) => `pages/${p}.json`),
    ...LOCALES.map((l) => `texts/${l}.json`),
    ...LOCALES.map((l) => `glossary/${l}.json`),
    ...EDITIONS.map((e) => `editions/${e}.json`),
  ];
}

/** The schema of a file by where it lies, or undefined when the pack has no place for it. */
function schemaOf(file: string): SchemaRef | undefined {
  const [dir, name] = file.includes('/') ? [file.slice(0, file.lastIndexOf('/')), file.slice(file.lastIndexOf('/') + 1, -'.json'.length)] : ['', file];
  if (dir === '' && file === 'links.json') return 'links.schema.json';
  if (dir === 'editions' && (EDITIONS as readonly string[]).includes(name)) return 'edition.schema.json';
  if (dir === 'sources' && (EDITIONS as readonly string[]).includes(name)) return 'sources.schema.json';
  if (dir === 'texts' && (LOCALES as readonly string[]).includes(name)) return 'texts.schema.json';
  if (dir === 'glossary' && (LOCALES as readonly string[]).includes(name)) return 'glossary.schema.json';
  if (dir === 'pages' && (PAGES as readonly string[]).includes(name)) return 'pages.schema.json';
  if (dir === 'actions' && name === 'roleSets') return 'roleSets.schema.json';
  if (dir === 'actions' && name === 'assignmentTemplates') return 'assignmentTemplates.schema.json';
  return undefined;
}

/** The ids of the role sets file's sets (none when it is missing or invalid). */
function roleSetIds(json: unknown): string[] {
  if (!isRecord(json) || !Array.isArray(json.roleSets)) return [];
  return json.roleSets.flatMap((s: unknown) => (isRecord(s) && typeof s.id === 'string' ? [s.id] : []));
}

/** Is `iso` (YYYY-MM-DD) a day of the calendar? 2026-02-30 is not. */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  // Date rolls a day past the month's end over (2026-02-30 is read as 2 March): a real day reads
  // back as written. (Date.UTC would read the years 0–99 as 1900–1999.)
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === iso;
}

const idOfNote = (ref: NoteRef): string => (typeof ref === 'string' ? ref : ref.note);
const idOfLink = (ref: LinkRef): string => (typeof ref === 'string' ? ref : ref.link);

interface Used {
  notes: Set<string>;
  links: Set<string>;
  /** Text key → why it is needed. */
  texts: Map<string, string>;
}

function editionProblems(file: string, edition: PolicyEdition, files: PackFiles, today: string, used: Used): Problem[] {
  const problems: Problem[] = [];
  const id = file.slice('editions/'.length, -'.json'.length);
  if (edition.id !== id) problems.push(problem(file, 'id', `is ${JSON.stringify(edition.id)}, but the file is named for ${id}`));
  problems.push(...coverageProblems(file, edition.rows));
  problems.push(...contradictionProblems(file, edition));
  const sources = files.get(`sources/${id}.json`);
  [...edition.notesBefore, ...edition.notesAfter].forEach((ref) => used.notes.add(idOfNote(ref)));
  edition.links.forEach((ref) => used.links.add(idOfLink(ref)));
  edition.rows.forEach((row, i) => {
    const at = `rows.${i}`;
    if (!isCalendarDate(row.reviewed)) problems.push(problem(file, `${at}.reviewed`, `row ${row.row}: ${row.reviewed} is not a calendar date`));
    else if (row.reviewed > today) problems.push(problem(file, `${at}.reviewed`, `row ${row.row}: ${row.reviewed} is in the future (today is ${today})`));
    if (isRecord(sources)) {
      for (const [j, source] of (row.sources ?? []).entries())
        if (source.startsWith('$') || !isRecord(sources[source]))
          problems.push(problem(file, `${at}.sources.${j}`, `row ${row.row}: source ${source} is not in sources/${id}.json`));
    }
    (row.notes ?? []).forEach((ref) => used.notes.add(idOfNote(ref)));
    row.links.forEach((ref) => used.links.add(idOfLink(ref)));
    const textOf: EditionId = row.textOf ?? edition.id;
    for (const part of ['summary', 'steps']) used.texts.set(`outcomes.${textOf}.${row.row}.${part}`, `row ${row.row} of ${file} shows it`);
    for (const v of row.stepVariants ?? [])
      for (const part of ['summary', 'steps'])
        used.texts.set(`outcomes.${textOf}.${row.row}-${v.variant}.${part}`, `variant ${v.variant} of row ${row.row} of ${file} shows it`);
  });
  return problems;
}

/** links.json: every link id of the vocabulary and the editions has an https address in every language, and no other id. */
function linkProblems(table: Record<string, unknown>, used: ReadonlySet<string>): Problem[] {
  const file = 'links.json';
  const problems: Problem[] = [];
  const known = new Set<string>(LINK_IDS);
  for (const id of Object.keys(table))
    if (!id.startsWith('$') && !known.has(id)) problems.push(problem(file, id, `unknown link id (known: ${listed(LINK_IDS)})`));
  for (const id of new Set([...LINK_IDS, ...used])) {
    const template = table[id];
    if (typeof template !== 'string') {
      problems.push(problem(file, id, 'no URL for this link id'));
      continue;
    }
    const bad = LOCALES.map((l) => template.replace(/\{locale\}/g, urlSegment(l))).find((url) => !isHttpsUrl(url));
    if (bad !== undefined) problems.push(problem(file, id, `must be an https URL ({locale} is the only placeholder), not ${bad}`));
  }
  return problems;
}

/**
 * Every problem of a pack: `files` maps each file's path in the pack (`texts/hu-HU.json`) to its
 * parsed JSON; `today` (YYYY-MM-DD) is the last day a review date may name.
 */
export function checkPack(files: PackFiles, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of requiredFiles()) if (!files.has(file)) problems.push(problem(file, '', 'missing: every pack has this file'));
  const valid = new Map<string, unknown>();
  for (const [file, json] of files) {
    if (file.startsWith('schema/')) continue;
    const schema = schemaOf(file);
    if (schema === undefined) {
      problems.push(
        problem(
          file,
          WHOLE_FILE,
          'not a file of the pack (editions/<edition>.json, texts/<locale>.json, glossary/<locale>.json, pages/<page>.json, sources/<edition>.json, links.json, actions/roleSets.json, actions/assignmentTemplates.json)',
        ),
      );
      continue;
    }
    const found = schemaProblems(file, json, schema);
    problems.push(...found);
    if (found.length === 0) valid.set(file, json);
  }

  const used: Used = { notes: new Set(NOTE_IDS), links: new Set(LINK_IDS), texts: new Map() };
  for (const [file, json] of valid) if (file.startsWith('editions/')) problems.push(...editionProblems(file, json as PolicyEdition, valid, today, used));

  const links = valid.get('links.json');
  if (isRecord(links)) problems.push(...linkProblems(links, used.links));

  const catalogs = new Map(LOCALES.filter((l) => valid.has(`texts/${l}.json`)).map((l) => [l, valid.get(`texts/${l}.json`)] as const));
  problems.push(...catalogProblems(catalogs));
  for (const [locale, catalog] of catalogs) problems.push(...markdownProblems(`texts/${locale}.json`, catalog));
  problems.push(...packRoleSetProblems(valid));
  const templates = valid.get('actions/assignmentTemplates.json');
  if (isRecord(templates) && Array.isArray(templates.templates))
    for (const line of templateProblems(templates.templates as AssignmentTemplate[]))
      problems.push(problem('actions/assignmentTemplates.json', 'templates', line));
  const english = catalogs.get(DEFAULT_LOCALE);
  if (english !== undefined) {
    for (const id of used.notes) for (const part of ['title', 'text']) used.texts.set(`notes.${id}.${part}`, `note ${id} is shown`);
    for (const id of used.links) used.texts.set(`links.${id}`, `the title of link ${id}`);
    for (const verdict of VERDICTS) used.texts.set(`verdicts.${verdict}`, `verdict ${verdict} is shown`);
    for (const id of roleSetIds(valid.get('actions/roleSets.json'))) used.texts.set(`actions.roleSets.${id}`, `role set ${id} is offered`);
    problems.push(...requiredTextProblems(`texts/${DEFAULT_LOCALE}.json`, english, used.texts));
  }

  for (const page of PAGES) {
    const json = valid.get(`pages/${page}.json`);
    if (isRecord(json)) problems.push(...pageProblems(`pages/${page}.json`, json));
  }
  problems.push(...languageProblems(valid));
  return problems;
}

/** Every language's texts and pages against its glossary; each glossary names its own language and the concepts of en-US's. */
function languageProblems(valid: ReadonlyMap<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const glossaries = glossariesOf(valid);
  const reference = glossaries.get(DEFAULT_LOCALE)?.terms.map((t) => t.id) ?? [];
  for (const [locale, glossary] of glossaries) {
    const file = `glossary/${locale}.json`;
    if (glossary.locale !== locale) problems.push(problem(file, 'locale', `is ${glossary.locale}, but the file is named for ${locale}`));
    const ids = glossary.terms.map((t) => t.id);
    for (const id of reference) if (!ids.includes(id)) problems.push(problem(file, 'terms', `has no term ${id} (glossary/${DEFAULT_LOCALE}.json has it)`));
    problems.push(...glossaryRuleProblems(file, glossary));
    const texts = valid.get(`texts/${locale}.json`);
    if (texts !== undefined) problems.push(...glossaryProblems(`texts/${locale}.json`, texts, glossary));
    for (const page of PAGES) {
      const json = valid.get(`pages/${page}.json`);
      if (isRecord(json)) problems.push(...glossaryProblems(`pages/${page}.json`, json, glossary, locale));
    }
  }
  return problems;
}
