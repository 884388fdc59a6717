// A website chat widget's log, read by its speaker labels:
// - the bot's turn ("Bot: Which service? [Microsoft 365] [Azure] [Other]", "机器人：…  1. 微软官网直接购买
//   2. 其他 CSP 合作伙伴") is canned: its question, buttons and claims state nothing, so it goes;
// - "Visitor clicked: X" («Посетитель нажал: X», "访客点选：X", "Visitante clicou: X") states X;
//   a "wrong button" («ой, не то», "点错了", "cliquei errado", "rossz gomb") after it takes it back;
// - a reply that opens with "the first" / "第二个" / "a segunda" to the bot's numbered or bracketed
//   options names the option it picks, which takes the reference's place.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { PreparedText, prepare } from './text';

const words = (key: 'chatBot' | 'chatClicked' | 'chatMisclick'): RegExp =>
  compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
    'u',
  );
const [BOT, CLICKED, MISCLICK] = [words('chatBot'), words('chatClicked'), words('chatMisclick')];
const [FIRST, SECOND] = (['first', 'second'] as const).map((key) =>
  compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
    'u',
  ),
);
/** A speaker's label at a line's start, a time before it allowed ("10:02 Bot:", "[14:05] 访客点选："). */
const LABEL = /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?([^:：\n]{1,30}?)[ \t]*[:：]/u;
/** A numbered option on a line of its own ("  2. 其他 CSP 合作伙伴", "b) Azure"). */
const NUMBERED = /^[ \t]*(?:[1-9]|[a-d])[.)、．][ \t]*(\S[^\n]*)$/u;
const BUTTON = /\[([^\]\n]{1,40})\]/gu;
/** Options numbered inside the bot's sentence ("E você quer: (1) suporte …, ou (2) …?"), each up to the next number or the question's end. */
const INLINE = /[(（]([1-9])[)）]([^(（?？\n]{1,120})/gu;
/** How far into a reply its reference to an option may begin (after a greeting or a label). */
const REACH = 8;

/** The whole of a label or a short line matches the words. */
const whole = (regex: RegExp, text: string): boolean => {
  const folded = prepare(text).text.trim();
  const m = regex.exec(folded);
  return m !== null && m.index === 0 && m[0].length >= folded.replace(/[ ,.?]+$/u, '').length;
};

/** The text of a chat widget's log as its visitor and agents said it (see above); other text as it is. */
export function chatWidget(text: string): string {
  if (!/[:：]/u.test(text)) return text;
  const lines = text.split('\n');
  const labels = lines.map((line) => LABEL.exec(line));
  const bot = labels.map((l) => l !== null && whole(BOT, l[1]!));
  if (!bot.includes(true) && !labels.some((l) => l !== null && whole(CLICKED, l[1]!))) return text;
  let options: string[] = [];
  let inBot = false;
  let lastClick = -1;
  const out = lines.slice();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = labels[i] ?? null;
    const onlyOptions = label === null && (line.trim() === '' || NUMBERED.test(line) || line.replace(BUTTON, '').trim() === '');
    if (bot[i] === true || (inBot && onlyOptions)) {
      // The bot's turn and its option lines: kept aside as options, its question only kept (botQuestion).
      if (bot[i] === true) [inBot, options] = [true, []];
      options.push(...[...line.matchAll(BUTTON)].map((m) => m[1]!), ...[...line.matchAll(INLINE)].map((m) => m[2]!));
      const numbered = NUMBERED.exec(line);
      if (numbered !== null) options.push(numbered[1]!);
      out[i] = bot[i] === true ? botQuestion(line, labels[i]![0].length) : '';
      continue;
    }
    inBot = false;
    if (label === null) continue;
    const said = line.slice(label[0].length);
    if (whole(CLICKED, label[1]!)) {
      out[i] = said;
      lastClick = i;
      continue;
    }
    const prepared = prepare(said);
    if (lastClick >= 0 && MISCLICK.test(prepared.text)) {
      out[lastClick] = '';
      lastClick = -1;
    }
    const choice = options.length > 0 ? picked(prepared, options) : undefined;
    if (choice !== undefined) out[i] = `${line.slice(0, label[0].length)}${said.slice(0, choice.from)}${choice.option}${said.slice(choice.to)}`;
    options = [];
  }
  return out.join('\n');
}

/** The option a reply's opening reference picks ("第二个", "the first"), with where the reference stands in the reply. */
function picked(prepared: PreparedText, options: readonly string[]): { option: string; from: number; to: number } | undefined {
  for (const [n, r] of [FIRST, SECOND].entries()) {
    const m = r.exec(prepared.text);
    if (m === null || m.index > REACH || options[n] === undefined) continue;
    return { option: options[n], from: prepared.origin[m.index]!, to: prepared.origin[m.index + m[0].length - 1]! + 1 };
  }
  return undefined;
}

/**
 * The bot's question with its label, without its buttons, and without what it says after it ("Thanks!
 * Our distributor team will review"): the product the question names is the one the visitor answers
 * about ("Where did you buy your Azure? 1. … 2. …" – "the second").
 */
function botQuestion(line: string, labelEnd: number): string {
  const said = line.slice(labelEnd).replace(BUTTON, ' ');
  const inline = said.search(INLINE);
  if (inline >= 0) return `${line.slice(0, labelEnd)}${said.slice(0, inline)}`;
  const end = Math.max(said.lastIndexOf('?'), said.lastIndexOf('？'));
  return end < 0 ? '' : `${line.slice(0, labelEnd)}${said.slice(0, end + 1)}`;
}
