// The schema validators live in scripts/lib/schemas.ts (the packaging script needs them too);
// this module keeps the names the tests have always imported.
export { SCHEMA_DIR, adaptiveCardValidator, teamsManifestValidator, teamsLocalizationValidator, describeErrors } from '../../scripts/lib/schemas';
