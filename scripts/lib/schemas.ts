// Validators for the official schemas shipped beside the checkout (../shared/schemas, or SCHEMA_DIR).
// This is the single home of that logic: the packaging script uses it, and test/support/schemas.ts
// re-exports it for the tests. Validators are compiled once per process and schema folder, because
// compiling the Adaptive Card schema takes a noticeable moment.
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { schemaDir } from './paths';

/** Folder holding the official schemas (a sibling `shared/` of the checkout, as in CI). */
export const SCHEMA_DIR = schemaDir();

export const TEAMS_MANIFEST_SCHEMA = 'MicrosoftTeams.v1.30.schema.json';
export const TEAMS_LOCALIZATION_SCHEMA = 'MicrosoftTeams.Localization.v1.30.schema.json';
export const ADAPTIVE_CARD_SCHEMA = 'adaptive-card.1.5.json';

export function readSchema(file: string, dir: string = SCHEMA_DIR): Record<string, unknown> {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) {
    throw new Error(`Schema ${file} not found in ${dir}; set SCHEMA_DIR to the folder holding the official schemas.`);
  }
  return JSON.parse(fs.readFileSync(full, 'utf8')) as Record<string, unknown>;
}

const cache = new Map<string, ValidateFunction>();

function cached(key: string, dir: string, compile: () => ValidateFunction): ValidateFunction {
  const full = path.resolve(dir, key);
  let validate = cache.get(full);
  if (!validate) {
    validate = compile();
    cache.set(full, validate);
  }
  return validate;
}

export function adaptiveCardValidator(dir: string = SCHEMA_DIR): ValidateFunction {
  return cached(ADAPTIVE_CARD_SCHEMA, dir, () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addMetaSchema(draft06);
    // The published 1.5 schema declares draft-06 but names itself with the draft-04 `id` keyword.
    const { id, ...schema } = readSchema(ADAPTIVE_CARD_SCHEMA, dir);
    return ajv.compile({ $id: typeof id === 'string' ? id : undefined, ...schema });
  });
}

function draft04(file: string, dir: string): ValidateFunction {
  return cached(file, dir, () => {
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(readSchema(file, dir));
  });
}

export function teamsManifestValidator(dir: string = SCHEMA_DIR): ValidateFunction {
  return draft04(TEAMS_MANIFEST_SCHEMA, dir);
}

export function teamsLocalizationValidator(dir: string = SCHEMA_DIR): ValidateFunction {
  return draft04(TEAMS_LOCALIZATION_SCHEMA, dir);
}

/** Human-readable list of schema errors, one per line, for assertion messages. */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
