// A writer who says it does not know its own role ("not sure which partner type we are", «сам до
// конца не понимаю, в какой роли мы», "不确定我们是什么角色", "não sei qual é o nosso papel", "nem
// tudom, milyen szerepben vagyunk") leaves the partner's type asked, even when it names only one
// role or none in the words around (a supplier it buys through, a contract it may have): only a
// role stated in a later sentence settles it.
import type { Candidate } from './resolve';
import { sentenceOf } from './text';
import { structureWords } from './structureLists';

const WORDS = structureWords('ownRoleUnknown');

/** Whether the partner's own role is left unknown: words saying so, and no role stated in a sentence after them. */
export function ownRoleUnknown(text: string, roles: readonly Candidate[]): boolean {
  let end = -1;
  for (const m of text.matchAll(WORDS)) end = sentenceOf(text, m.index, m.index + m[0].length).end;
  return end >= 0 && !roles.some((c) => c.span.start > end);
}
