// What the reader takes from a message: the answers it states, the questions it leaves open and
// the words each was read from (the result of understand, and of each part of a pasted thread).
import { Answers, QuestionId } from '../questions';

export interface Understanding {
  /** The answers the text states, each valid for the other answers found. */
  answers: Answers;
  /** Questions for which the text states two or more different answers (left unanswered). */
  conflicts: QuestionId[];
  /** For each answer, the words of the message it was read from. */
  evidence: Partial<Record<QuestionId, string>>;
  /** Questions the text mentions only in the negative ("not through EA"): no answer, on purpose. */
  negated: QuestionId[];
  /**
   * Questions the text answers with something that does not fit the other answers (a channel of
   * the commercial Partner Center in the 21Vianet one): to ask about, not to drop silently.
   */
  unsettled?: QuestionId[];
  /** The channels an unsettled channel was said as, in the part's own cloud (a newer part may correct that cloud: cloudCorrected.ts). */
  unsettledChannels?: string[];
  /** For each conflict or unsettled question, the words of each answer the text stated, in its order. */
  said?: Partial<Record<QuestionId, string[]>>;
  /**
   * Questions the text answers with one value only under a doubt ("probably EA, not sure",
   * «вроде бы EA»): not an answer, but the value to name when the question is asked.
   */
  hedged?: Partial<Record<QuestionId, string>>;
  /** Hedged questions whose only doubt is another answer's (a doubted purchase from 21Vianet and its cloud). */
  doubtImplied?: QuestionId[];
  /** Options another speaker proposed that the answer left undecided ("move them too?" – "let's talk internally"): told, for an undecided case. */
  proposed?: Partial<Record<QuestionId, string>>;
  /** The text says the case was left undecided, naming nothing ("两边说的不一样"): about what older parts told. */
  undecided?: boolean;
  /** The words saying it is undecided come after every answer the text tells ("a syndication partner. Could be either"). */
  undecidedLast?: boolean;
}
