// The pack's JSON Schemas (content/schema/), compiled once per process, and ajv's errors turned
// into lines a content editor can act on. Imported, not read: the domain reads no file, and the
// build carries the schemas along with the content.
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import editionSchema from '../../../content/schema/edition.schema.json';
import textsSchema from '../../../content/schema/texts.schema.json';
import linksSchema from '../../../content/schema/links.schema.json';
import pagesSchema from '../../../content/schema/pages.schema.json';
import sourcesSchema from '../../../content/schema/sources.schema.json';
import overlaySchema from '../../../content/schema/overlay.schema.json';
import roleSetsSchema from '../../../content/schema/roleSets.schema.json';
import assignmentTemplatesSchema from '../../../content/schema/assignmentTemplates.schema.json';
import glossarySchema from '../../../content/schema/glossary.schema.json';
import { Problem, listed, problem } from './problems';

export type SchemaRef =
  | 'edition.schema.json'
  | 'texts.schema.json'
  | 'links.schema.json'
  | 'pages.schema.json'
  | 'sources.schema.json'
  | 'roleSets.schema.json'
  | 'assignmentTemplates.schema.json'
  | 'glossary.schema.json'
  | 'overlay.schema.json'
  | 'overlay.schema.json#/definitions/settings'
  | 'overlay.schema.json#/definitions/language';

let ajv: Ajv | undefined;
const compiled = new Map<SchemaRef, ValidateFunction>();

function validatorFor(ref: SchemaRef): ValidateFunction {
  let validate = compiled.get(ref);
  if (!validate) {
    // verbose: the messages name the allowed keys, which live in the failing schema.
    ajv ??= new Ajv({ allErrors: true, verbose: true, strict: true }).addSchema([
      editionSchema,
      textsSchema,
      linksSchema,
      pagesSchema,
      sourcesSchema,
      overlaySchema,
      roleSetsSchema,
      assignmentTemplatesSchema,
      glossarySchema,
    ]);
    validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`No schema ${ref}`);
    compiled.set(ref, validate);
  }
  return validate;
}

/** The file's problems against a schema; none when it conforms. */
export function schemaProblems(file: string, json: unknown, ref: SchemaRef): Problem[] {
  const validate = validatorFor(ref);
  if (validate(json)) return [];
  const lines = readable(validate.errors ?? []).map((e) => problem(file, e.path, e.message));
  // allErrors reports a few failures twice (once per branch that checked them).
  const seen = new Set<string>();
  return lines.filter((p) => {
    const key = `${p.path}\n${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function dotted(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function readable(errors: readonly ErrorObject[]): { path: string; message: string }[] {
  // "if" only says its branch failed; the branch's own error says how.
  const kept = errors.filter((e) => e.keyword !== 'if');
  // An anyOf names the alternatives; its branches' errors at the same place only repeat "not this one".
  const anyOfPaths = kept.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const deepest = (p: string): boolean => !anyOfPaths.some((q) => q !== p && q.startsWith(`${p}/`));
  return kept
    .filter((e) => (e.keyword === 'anyOf' ? deepest(e.instancePath) : !anyOfPaths.includes(e.instancePath)))
    .map((e) => {
      const path = dotted(e.instancePath);
      if (e.keyword === 'additionalProperties') {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => !k.startsWith('$'));
        return { path: [...path, key].join('.'), message: known.length ? `unknown key (known: ${listed(known)})` : 'unknown key' };
      }
      return { path: path.join('.'), message: messageOf(e) };
    });
}

function messageOf(e: ErrorObject): string {
  switch (e.keyword) {
    case 'enum':
      return `${JSON.stringify(e.data)} is not one of ${listed((e.params as { allowedValues: unknown[] }).allowedValues.map(String))}`;
    case 'const':
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case 'required':
      return `missing key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      if (pattern === '^https://') return `must be an https URL (not ${JSON.stringify(e.data)})`;
      if (pattern.startsWith('^[0-9]{4}-')) return `must be a date written YYYY-MM-DD (not ${JSON.stringify(e.data)})`;
      return `${JSON.stringify(e.data)} must match ${pattern}`;
    }
    case 'anyOf':
    case 'oneOf': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return description ? `must be ${description}` : 'matches none of the allowed shapes';
    }
    case 'minLength':
      return 'must not be empty';
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}
