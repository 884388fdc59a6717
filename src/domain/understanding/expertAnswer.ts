// An outside expert's answer pasted into a case (a distributor's pre-sales desk, a support
// engineer): the role words in it are the expert's, not the writer's, except the role it gives
// the partner it writes to. Two structures say so in any language:
//   - a label naming who answers, before the colon that opens the answer ("分销商售前答复：",
//     "Distributor pre-sales answer:", «Ответ дистрибьютора:»): its role word is the one answering;
//   - a sentence giving the partner it addresses a role ("贵司作为我们的二级经销商", «вы наш непрямой
//     реселлер», "vocês são nossa revenda T2"): another role in that sentence ("由我们作为间接供应商
//     发起") is the sender's own.
import { CompiledLexicon } from './compile';
import { StructuredMention, matches } from './structure';
import { PreparedText, sentenceOf } from './text';

/** How long a label before its colon may be: a heading, not a sentence ending in a colon. */
const LABEL_LENGTH = 60;

/** Drops the role of the party a label (the line's first clause) says is answering ("分销商售前答复：" → not the writer's role). */
export function answeringParty(text: string, prepared: PreparedText, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  for (const m of mentions) {
    if (m.question !== 'partnerType' || m.negated) continue;
    const at = prepared.origin[m.start];
    if (at === undefined) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // The label ends at its colon; a quote read apart leaves its label ending where the quote stood ("分销商答复. ").
    const colon = text.slice(at).search(/[:：.。\n]/);
    if (colon < 0 || !/[:：.]/.test(text[at + colon]!) || /[:：.。]/.test(text.slice(lineStart, at)) || at + colon - lineStart > LABEL_LENGTH) continue;
    // The label in the prepared text: from the line's start to the colon.
    const end = prepared.origin.findIndex((o) => o >= at + colon);
    const start = prepared.origin.findIndex((o) => o >= lineStart);
    if (start < 0 || end < 0) continue;
    const answers = lexicons.some((l) => matches(l.answerLabel, prepared.text, start, end).length > 0);
    // "我们作为分销商的答复：", "our answer as the distributor:": the writer's own words keep the role.
    const own = lexicons.some((l) => matches(l.self, prepared.text, start, m.end).length > 0);
    if (answers && !own) m.question = undefined;
  }
}

/** Drops, in a sentence that gives the addressed partner a role, the sender's own other role. */
export function senderRoles(text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]): void {
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  for (const l of lexicons) {
    const addressed = matches(l.addressee, text);
    if (addressed.length === 0) continue;
    for (const m of roles) {
      const { start, end } = sentenceOf(text, m.start);
      // The partner's role: an addressee word before it in its sentence, with no other role between them.
      const said = addressed.find((a) => a.start >= start && a.end <= m.start && !roles.some((r) => r !== m && r.start >= a.end && r.end <= m.start));
      // The sender then speaks of itself in the same language ("vocês … por nós"): a name such as
      // "Conecta TI" in a Portuguese sentence is not the Hungarian "ti".
      if (said === undefined || matches(l.self, text, said.end, end).length === 0) continue;
      for (const o of roles) if (o !== m && o.option !== m.option && o.start >= start && o.end <= end && o.start > m.end) o.question = undefined;
    }
  }
}
