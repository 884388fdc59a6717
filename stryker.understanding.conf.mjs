// The mutation run of the typed-message reader (src/domain/understanding) on its own: the same
// settings as stryker.config.json, but only the reader's own tests are built and run, so each
// mutant's type check covers a small program and each surviving mutant costs about two seconds of
// tests, not the whole typed-answer suite of the conversation. Results go to the same incremental
// file. Usage: npm run test:mutation -- stryker.understanding.conf.mjs --mutate "src/domain/understanding/negation.ts"
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));
delete base.$schema;

export default {
  ...base,
  mutate: ['src/domain/understanding/**/*.ts'],
  buildCommand: 'tsc -p tsconfig.mutation-understanding.json',
  tsconfigFile: 'tsconfig.mutation-understanding.json',
  mochaOptions: {
    ...base.mochaOptions,
    spec: ['dist/test/understanding.test.js', 'dist/test/understanding/**/*.test.js', 'dist/test/domain/reading.test.js'],
  },
};
