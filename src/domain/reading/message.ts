// One typed message as the reading sees it: folded once for the word lists, and understood (the
// free-text reading of ../understanding) at most once, only when a rule needs it.
import { normalize } from '../matching';
import { Understanding, understand } from '../understanding';

/** Reads what a message states; the understanding's own unless a caller (a test) counts the reads. */
export type Understand = (text: string) => Understanding;

export class Message {
  /** The text folded as every word list is (see normalize in ../matching). */
  readonly folded: string;
  private understood: Understanding | undefined;

  constructor(
    readonly text: string,
    private readonly understandText: Understand = understand,
  ) {
    this.folded = normalize(text);
  }

  /** What the message states about the questions, read on first use and kept. */
  understanding(): Understanding {
    this.understood ??= this.understandText(this.text);
    return this.understood;
  }
}
