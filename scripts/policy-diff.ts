// Writes docs/policy.md: what differs between the editions of the policy, row by row, with the
// sources. Usage: npm run policy:diff
import * as fs from 'fs';
import * as path from 'path';
import { policyDiffMarkdown } from './lib/policyDiff';
import { PROJECT_ROOT } from './lib/paths';
import { usageIfAsked } from './lib/usage';

usageIfAsked(
  'Usage: npm run policy:diff\nWrites docs/policy.md: what differs between the editions of the policy (content/editions/), row by row, with the sources. Takes no options.',
);

const file = path.join(PROJECT_ROOT, 'docs', 'policy.md');
fs.writeFileSync(file, policyDiffMarkdown());
console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
