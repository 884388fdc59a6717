// The shape of the vocabulary the free-text understanding runs on. Every language has one
// lexicon file (JSON data, no code) under ./lexicon, plus a language-neutral one for product
// and program names that are written the same way everywhere. How a pattern is written:
// LexiconEntry.patterns.

import { QuestionId } from '../questions';
import type { Structure } from './structureWords';

export type { Structure } from './structureWords';

export interface LexiconEntry {
  /** The question this wording answers. */
  question: QuestionId;
  /** The option id it means. For `channel`, the cloud may turn it into another option later. */
  option: string;
  /**
   * Regular expressions over the *prepared* text (text.ts): lower case, accents stripped (so
   * "közvetlenül" is written and matched as "kozvetlenul", "й" as "и", "ё" as "е"), words
   * separated by single spaces, "," for a pause inside a sentence (, ; : brackets), "." for the
   * end of a sentence and "?" for a question mark. Chinese and Japanese text has no spaces next to
   * its characters, so "通过 EA" and "通过EA" both read "通过ea".
   *
   * Two shorthands keep the data free of backslashes:
   *   %  the rest of a word (a stem ending): "партнер%" matches партнер, партнера, партнеров…
   *   ~  a gap of up to three words inside one clause: "bought ~from microsoft"
   *
   * Every pattern is matched as whole words: it cannot start or end inside a Latin or Cyrillic
   * word (Chinese needs no word boundaries). Context that must be there but is not part of the
   * mention goes into look-behind or look-ahead: "(?<=bought ~)direct(?! bill)".
   */
  patterns: string[];
  /**
   * Background: what another party once had ("their previous partner was a distributor" says the
   * customer had a CSP partner). It answers only when nothing else in the message answers its
   * question ("they bought it via Open Value" decides where they bought).
   */
  background?: boolean;
  /**
   * A name ("Open", the licensing programme): it matches only where the message writes it with
   * its capital inside a sentence and not in a title, since the lower-case word is everyday
   * English ("open to moving").
   */
  name?: boolean;
  /** Answers the mention also gives ("bought from 21Vianet" → cloud china). */
  implies?: Partial<Record<QuestionId, string>>;
}

export interface Negation {
  /** Words that negate the first mention that follows them closely in the same clause. */
  before: string[];
  /**
   * Like `before`, but also an ordinary word in another language ("no" is "in the" in
   * Portuguese): they count only when this language is the most likely one of the message.
   */
  weakBefore?: string[];
  /** Words right after a mention that negate it ("переносить не хотят", "EA nélkül", "EA? no"). */
  after?: string[];
  /** Words that may stand between a mention and a negation after it ("переносить ничего не хотят"). */
  fillers?: string[];
  /**
   * Uncertainty ("not sure", "не помнит", "不确定"): the mentions of the next question named in
   * the same sentence are candidates only: one is not taken, two or more make a conflict.
   */
  hedges?: string[];
  /**
   * Uncertainty said after what it doubts ("EA, I think", «через EA вроде», «EA или нет»,
   * "EA, acho", "EA, azt hiszem"): the mention just before, in its clause, is a candidate only.
   */
  hedgesAfter?: string[];
  /**
   * Words that close a doubt said before ("anyway", «в общем», "总之", "enfim", "mindegy"): what
   * follows them is stated again, not doubted.
   */
  doubtEnds?: string[];
  /**
   * Words of contrast ("but", «но», "但是", "mas", "de"): after the doubted answer, what follows
   * them is another statement ("might move eventually, but right now only support").
   */
  doubtContrast?: string[];
  /**
   * Words of the present ("right now", «сейчас», "现在", "agora", "most") right after such a
   * contrast: what follows replaces the doubted answer, a correction.
   */
  doubtNow?: string[];
  /** Words that say what a doubt is about ("not sure when", «не знаю, когда», "nem tudom, mikor"): a doubt followed by them doubts no answer said before. */
  doubtObjects?: string[];
  /**
   * "No" reported of another party ("the finance lady says no", «бухгалтер говорит, что нет»,
   * "财务说不是", "ela diz que não", "a pénzügyes azt mondja, nem"): a disagreement between two
   * people, not the speaker taking back what was said; both answers stay to be asked.
   */
  reportedNo?: string[];
  /**
   * A check said in a clause of its own right after a doubted answer ("对，确认了", "confirmed with the
   * customer", «подтвердил у клиента», "confirmei", "megerősítette az ügyfél"), not asked back with "?":
   * the doubted answer is confirmed, stated.
   */
  confirmed?: string[];
  /**
   * A verdict for a checked finding, in a clause of its own ("the portal is right", "a portál a nyerő"):
   * confirmed as a check is, and the finding said after a "but" before it wins over what the question had before the "but".
   */
  verdicts?: string[];
  /**
   * A yes opening a clause right after an answer said with "not" ("Nem másik CSP partner… illetve
   * de, az", "Not another CSP… well, yes, it is"): the speaker takes the "not" back.
   */
  notTakenBack?: string[];
}

/**
 * A pasted call transcript: the speaker labels that open a turn ("Agent:", «Клиент:», "客服：",
 * "Atendente:", "Ügyfél:"), and the words that open a yes or a no answering the turn before.
 */
export interface Transcript {
  speakers: string[];
  yes: string[];
  no: string[];
  /** How a question is asked without its mark ("did they…", «…ли…», "…吗", "será que…", "…-e"): its sentence is a question. */
  asks?: string[];
  /** A tag that ends a statement ("…, right?", "…, sabe?", «…, да?»): its question mark asks nothing (asking.ts). */
  tags?: string[];
  /** A reply that puts the answer off ("I'll check", «посмотрю», "我查一下", "vou olhar", "megnézem"): it confirms nothing the turn before asked. */
  defer?: string[];
  /** A Q&A's labels ("Q", "A", "Kérdés", "Válasz"), also speakers: a question one heads alone is the partner's own. */
  qa?: string[];
  /** A person's name with no capitals to tell it ("小安", "老王", "阿强"): two such make a chat's speakers. */
  persons?: string[];
  /** A "not" that negates the words it runs into when it opens an answer ("不是 Azure，是…"), unlike a bare no ("不是，…"). */
  notIs?: string[];
  /** Words that put the answer off ("let me check", "deixa eu confirmar", «сейчас уточню»): a yes before them answers nothing. */
  defers?: string[];
}

export interface Lexicon {
  /** BCP 47 tag, or "neutral" for the language-independent names. */
  language: string;
  /**
   * Pieces of patterns written once and used in several: "{pastWord}" in any pattern of this
   * lexicon stands for `parts.pastWord` (so a word list two rules share cannot drift apart).
   */
  parts?: Record<string, string>;
  /** Frequent function words, used only to weigh `weakBefore` negations. */
  markers?: string[];
  negation?: Negation;
  /**
   * Words that take back what was said before ("sorry", "I mean", "точнее", "不对", "quer dizer",
   * "bocsánat"): a later answer to a question replaces the earlier ones to that question.
   */
  corrections?: string[];
  /** The corrections that say what came before was wrong ("no wait", "scratch that"), not a restatement. */
  retractions?: string[];
  /** The words of a pasted call transcript (transcript.ts). */
  transcript?: Transcript;
  /** The structure words of a message (structure.ts): options listed, references to them, parties. */
  structure?: Structure;
  /**
   * Spoken and transcribed forms, read as written ones before anything else ("twenty one
   * vianet" → "21vianet", "see ess pee" → "csp", «тир один» → "tier 1"): pattern → replacement;
   * an empty replacement drops a filler word ("um", "嗯").
   */
  respell?: Record<string, string>;
  /** The names of Latin letters as spoken ("see" → "c", «эс» → "s", "pé" → "p"): a word spelled out is read (spelled.ts). */
  letters?: Record<string, string>;
  /** Phrases that contain answer words but answer nothing ("multi-channel support", "global admin"). */
  block?: string[];
  /** The marks mail and chat clients write in this language (clientMarks.ts). */
  clients?: ClientMarks;
  /** How the language is typed in Latin letters on a keyboard without its layout (translit.ts). */
  latinTyping?: LatinTyping;
  entries: LexiconEntry[];
}

/**
 * A language typed in Latin letters ("klient kupil Azure u drugogo CSP partnera"): the letters and
 * letter groups each stand for (the longest match first; folded as the prepared text folds, "й" as
 * "и"), what "y" stands for after a vowel of the language and otherwise, the letters the typing
 * leaves out (Russian "ь"), a letter the typing makes ambiguous ("sh" for "щ" as well as "ш": tried
 * when the word as spelt is none), and the short function words a sentence needs that no entry lists.
 */
export interface LatinTyping {
  letters: Record<string, string>;
  y: { afterVowel: string; otherwise: string };
  vowels: string;
  unwritten?: string;
  alternatives?: Record<string, string>;
  functionWords: string[];
}

/**
 * The marks mail and chat clients write, as regular expressions over the raw line (any case, accents
 * as written: both spellings where people type without them). All languages' marks serve every
 * message, since a pasted thread mixes the languages of its clients.
 */
export interface ClientMarks {
  /** The header that opens an earlier message: "From:", «От:», "De:". */
  from?: string[];
  /** The other header lines, dropped: "Sent:", "To:", «Кому:», "收件人:". */
  headers?: string[];
  /** The subject header: "Subject:", «Тема:», "Assunto:". */
  subject?: string[];
  /** The headers that say when a mail was sent: "Date:", "Sent:", «Отправлено:». */
  dates?: string[];
  /** Reply marks before a subject or a pasted reply: "RE:", "RES:", «Ответ:». */
  replyMarks?: string[];
  /** Forward marks: "FW:", "ENC:", «Пересл:». */
  forwardMarks?: string[];
  /** What a separator line before a forwarded or quoted message says: "Original Message". */
  separators?: string[];
  /** The earlier version of a calendar invite, its description or agenda: "previous description". */
  earlierInvite?: string[];
  /** The end of the line before a quoted reply: "… wrote:", «… пишет:». */
  wrote?: string[];
  /** A closing formula alone on its line, where a signature begins: "Regards,", «С уважением,». */
  signoffs?: string[];
  /** A chat client's stamp for the day before, ahead of a time: "[Yesterday 16:40]", "[Ontem 16:40]". */
  yesterday?: string[];
  /** The twelve months by the first letters of their names, January first (a date "12 May 2025"). */
  months?: string[];
}
