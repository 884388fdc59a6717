// Portuguese puts "não" after the word it takes back, before a comma or the sentence's end:
// "suporte sim, transferência não". That "não" negates the goal before it, as "нет" and "nem" do in
// Russian and Hungarian, so the other goal stands; a tag question ("…, não?") negates nothing.
import { checkKind } from './kindCheck';

describe('"não" after the word it negates (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'Querem que a gente cuide do suporte; transferência não, pelo menos este ano.', { goal: 'support' }],
    ['pt-BR', 'Suporte sim, transferência não.', { goal: 'support' }],
    ['pt-BR', 'Eles compram o Azure via EA, não?', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Não, eles querem transferência do Microsoft 365.', { service: 'license', goal: 'move' }],
  ]);
});
