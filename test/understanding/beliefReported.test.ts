// Kind "belief reported": what someone else thinks ("the customer thinks they bought it from
// Microsoft") is a belief, not a fact: one answer so told is asked back by name, never taken.
// It mattered where another person said otherwise in words the reader cannot place ("but
// finance says it came from a reseller"): the belief stood alone and was taken.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: belief reported, what someone thinks is doubted', () => {
  checkDoubted([
    ['en-US', 'The customer thinks they bought it from Microsoft directly.', {}, { channel: 'microsoft' }],
    ['ru-RU', 'Клиент думает, что покупал у Microsoft напрямую.', {}, { channel: 'microsoft' }],
    ['zh-CN', '客户觉得是直接从微软买的。', {}, { channel: 'microsoft' }],
    ['pt-BR', 'O cliente acha que comprou direto da Microsoft.', {}, { channel: 'microsoft' }],
    ['hu-HU', 'Az ügyfél úgy gondolja, hogy a Microsofttól vették.', {}, { channel: 'microsoft' }],
    // Hungarian "according to A …, but according to B …": two opinions, the first only a belief.
    ['hu-HU', 'Az ugyfel szerint a Microsoft weboldalan vettek, de a penzugy szerint egy viszonteladotol jott.', {}, { channel: 'microsoft' }],
  ]);
});

describe('kind: belief reported, a source named alone is a statement', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél szerint EA-n vették.', { channel: 'ea' }],
    ['en-US', 'The customer says they bought it from Microsoft directly.', { channel: 'microsoft' }],
  ]);
});
