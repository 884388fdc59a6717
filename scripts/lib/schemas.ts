// Validators for the official schemas. They come with the project: the Teams manifest and
// localization schemas from the @microsoft/app-manifest package, the Adaptive Card schema from a
// copy in schemas/ (see schemas/README.md); SCHEMA_DIR points every one at another folder.
// This is the single home of that logic: the packaging script uses it, and test/support/schemas.ts
// re-exports it for the tests. Validators are compiled once per process and schema file, because
// compiling the Adaptive Card schema takes a noticeable moment.
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { SCHEMA_COPIES_DIR, schemaDir } from './paths';

/** Folder overriding where the schemas are read from (SCHEMA_DIR); undefined = the project's own. */
export const SCHEMA_DIR = schemaDir();

export const TEAMS_MANIFEST_SCHEMA = 'MicrosoftTeams.v1.30.schema.json';
export const TEAMS_LOCALIZATION_SCHEMA = 'MicrosoftTeams.Localization.v1.30.schema.json';
export const ADAPTIVE_CARD_SCHEMA = 'adaptive-card.1.5.json';

/** The package's name for each Teams schema (it keeps one folder per manifest version). */
const APP_MANIFEST_FILES: Readonly<Record<string, string>> = {
  [TEAMS_MANIFEST_SCHEMA]: 'v1.30/MicrosoftTeams.schema.json',
  [TEAMS_LOCALIZATION_SCHEMA]: 'v1.30/MicrosoftTeams.Localization.schema.json',
};

/** Where a schema is read from: the override folder, else the package or the project's copy. */
export function schemaPath(file: string, dir: string | undefined = SCHEMA_DIR): string {
  if (dir) return path.join(dir, file);
  const bundled = APP_MANIFEST_FILES[file];
  if (!bundled) return path.join(SCHEMA_COPIES_DIR, file);
  // The package has no exports map; its schemas sit under build/json-schemas/teams/.
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(root, 'build', 'json-schemas', 'teams', bundled);
}

export function readSchema(file: string, dir: string | undefined = SCHEMA_DIR): Record<string, unknown> {
  let full: string;
  try {
    full = schemaPath(file, dir);
  } catch {
    throw new Error(`Schema ${file} not found: the @microsoft/app-manifest package is not installed (run npm ci)`);
  }
  if (!fs.existsSync(full)) {
    throw new Error(`Schema ${file} not found at ${full}; ${dir ? 'SCHEMA_DIR must hold the official schemas' : 'run npm ci'}.`);
  }
  return JSON.parse(fs.readFileSync(full, 'utf8')) as Record<string, unknown>;
}

const cache = new Map<string, ValidateFunction>();

function cached(key: string, dir: string | undefined, compile: () => ValidateFunction): ValidateFunction {
  const full = path.resolve(schemaPath(key, dir));
  let validate = cache.get(full);
  if (!validate) {
    validate = compile();
    cache.set(full, validate);
  }
  return validate;
}

export function adaptiveCardValidator(dir: string | undefined = SCHEMA_DIR): ValidateFunction {
  return cached(ADAPTIVE_CARD_SCHEMA, dir, () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addMetaSchema(draft06);
    // The published 1.5 schema declares draft-06 but names itself with the draft-04 `id` keyword.
    const { id, ...schema } = readSchema(ADAPTIVE_CARD_SCHEMA, dir);
    return ajv.compile({ $id: typeof id === 'string' ? id : undefined, ...schema });
  });
}

function draft04(file: string, dir: string | undefined): ValidateFunction {
  return cached(file, dir, () => {
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(readSchema(file, dir));
  });
}

export function teamsManifestValidator(dir: string | undefined = SCHEMA_DIR): ValidateFunction {
  return draft04(TEAMS_MANIFEST_SCHEMA, dir);
}

export function teamsLocalizationValidator(dir: string | undefined = SCHEMA_DIR): ValidateFunction {
  return draft04(TEAMS_LOCALIZATION_SCHEMA, dir);
}

/** Human-readable list of schema errors, one per line, for assertion messages. */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
