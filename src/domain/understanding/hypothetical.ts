// A hypothetical states nothing of the case: "if they were on EA we'd have to check…", "what
// would change if the customer had bought Azure from another CSP?", "hypothetically, if someone
// came to us with Azure on an EA…". The words that open one (`structure.hypothetical`) set aside
// every mention after them up to the end of their sentence; what the message says before them,
// or in another sentence, still holds.
import { StructuredMention, matches } from './structure';
import { sentenceOf } from './text';
import { structureWords } from './structureLists';

const OPENERS = structureWords('hypothetical');

export function hypotheticals(text: string, mentions: StructuredMention[]): void {
  const found = matches(OPENERS, text);
  for (const h of found) {
    const end = sentenceOf(text, h.start).end;
    for (const m of mentions) {
      if (m.question === undefined || m.start < h.start || m.end > end) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}
