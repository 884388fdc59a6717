// The linter is a gate (`npm test` runs it, zero warnings): typescript-eslint's type-aware
// recommended rules, and the project's import boundaries. The domain, the protocols and the
// conversation layer import no SDK, no restify and no Azure package; each hosting room imports only rooms below it
// (src/hosting/rooms.json); SDK internals only in src/hosting/sdkInternals.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const { order: ROOMS } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'src/hosting/rooms.json'), 'utf8'));

const SDK_INTERNALS = {
  group: ['botbuilder/lib/*', 'botbuilder-*/lib/*', 'botframework-*/lib/*', 'adaptive-expressions/lib/*'],
  message: 'SDK internals live in src/hosting/sdkInternals only, each with why and a test of the assumption.',
};
const NO_HOST = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*', '@azure/*', '**/hosting', '**/hosting/*'],
  message: 'The domain and the conversation layer know no SDK, no HTTP server and no Azure: that is the shell (src/hosting).',
};

const TOOLS = '/(^|\\/)tools(\\/|$)/';
const NO_TOOLS_MESSAGE = 'src/ never names tools/: a development entry point hands the stand-ins in.';
const NO_TOOLS = [
  { selector: `ImportDeclaration[source.value=${TOOLS}]`, message: NO_TOOLS_MESSAGE },
  { selector: `ExportNamedDeclaration[source.value=${TOOLS}]`, message: NO_TOOLS_MESSAGE },
  { selector: `ExportAllDeclaration[source.value=${TOOLS}]`, message: NO_TOOLS_MESSAGE },
  { selector: `ImportExpression[source.value=${TOOLS}]`, message: NO_TOOLS_MESSAGE },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=${TOOLS}]`, message: NO_TOOLS_MESSAGE },
  {
    selector: `CallExpression[callee.name='require'][arguments.0.type!='Literal']`,
    message: 'require() takes a plain string in src/, so the lint can see what it loads.',
  },
];

/** For the files of one hosting room: no import of a room above it, nor of the wiring (app.ts). */
function roomBoundary(index) {
  const above = ROOMS.slice(index + 1).flatMap((room) => [`../${room}`, `../${room}/*`]);
  return {
    files: [`src/hosting/${ROOMS[index]}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SDK_INTERNALS,
            {
              group: [...above, '../app', '../index'],
              message: `A hosting room imports only rooms below it (src/hosting/rooms.json): ${ROOMS[index]} stands below ${ROOMS.slice(index + 1).join(', ')}.`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'stubs/**', '.stryker-tmp/**', 'reports/**', 'src/hosting/webchat/assets/**', 'scripts/prestart.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are the compiler's job (noUnusedLocals, noUnusedParameters); a leading _ marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The host's lazy loads (the Azure SDK, OpenTelemetry) are require() on purpose: the embedded default never pays for them.
      '@typescript-eslint/no-require-imports': 'off',
      // A cast that restates a type (turnState.get(KEY) as string, a non-null index after a length
      // check) documents what a payload is; the compiler checks it, and its variants cannot all be fixed
      // automatically, which code merged from elsewhere would trip over for no gain.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Async methods that await nothing implement Promise-returning interfaces (Storage, Middleware).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests, the benchmark, the build scripts and the stand-ins (tools/) poke at payloads of any shape, spy on methods and
    // print what they got: the unsafe-any family and friends would only add casts there.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/await-thenable': 'off',
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [SDK_INTERNALS] }],
      // src/ never names tools/ (development stand-ins, absent from a production build), by import,
      // re-export, require() or import() alike: a development entry point hands them in. A require()
      // of anything but a plain string could hide such a name, so it is refused too.
      'no-restricted-syntax': ['error', ...NO_TOOLS],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_HOST,
            SDK_INTERNALS,
            {
              group: ['**/conversation', '**/conversation/*', '**/protocols', '**/protocols/*'],
              message: 'The domain is the core: the protocols and the conversation layer build on it, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    // The rules of what crosses the wire (HTTP, Bot Framework activities, Partner Center's webhook) are pure too.
    files: ['src/protocols/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_HOST,
            SDK_INTERNALS,
            {
              group: ['**/conversation', '**/conversation/*'],
              message: 'The protocols know the wire, not the conversation: the conversation layer builds on them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The conversation layer, and the configuration (environment → typed settings), know no SDK either.
    files: ['src/conversation/**/*.ts', 'src/config/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_HOST, SDK_INTERNALS] }] },
  },
  ...ROOMS.map((_, index) => roomBoundary(index)),
  {
    files: ['src/hosting/sdkInternals/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly' } },
  },
);
