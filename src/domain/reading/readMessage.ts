// One reading of a typed message for what is on screen: the command it is, or the question it
// picks to change, or what it states to start a case, or what it answers to the question on
// screen and what in it does not fit. The conversation decides from this reading alone, so a
// message is folded once, matched against each word list it needs once, and understood at most
// once per turn.
import { Catalog, ReadingCatalog } from '../textCatalog';
import { Answers, QuestionId, isQuestionId } from '../questions';
import { AnswerReading, Hedged, Said, readAnswer, statedAnswers, unclearIn } from './answer';
import { Message, Understand } from './message';
import { CommandId, foldedCommand, foldedAffirmation, foldedGreeting, foldedOption } from './vocabulary';

/** What the message is typed at. */
export type Screen =
  /** No case open (none yet, or the last one finished): a message may start one. */
  | { kind: 'newCase' }
  /** The list of answered questions, to pick one to change. */
  | { kind: 'change'; options: readonly QuestionId[] }
  /**
   * A question, with the answers given so far (they decide its options), and the option a message
   * named for it under a doubt when the question asks to confirm it ("probably EA": a yes takes it).
   */
  | { kind: 'question'; question: QuestionId; answers: Answers; guess?: string }
  /** Nothing to answer: only a command does something. */
  | { kind: 'none' };

export type Reading =
  | { kind: 'command'; command: CommandId }
  /** At `newCase`: what the message states, to seed the case with. */
  | { kind: 'newCase'; stated: Answers; conflicts: QuestionId[]; said?: Said; hedged?: Hedged }
  /** At `change`: the answered question the message names, if it names one. */
  | { kind: 'change'; question: QuestionId | undefined }
  /** At `question`: small talk, not an answer. */
  | { kind: 'greeting' }
  | AnswerReading
  | { kind: 'none' };

export interface ReadingResources {
  /** The user's language. */
  catalog: Catalog;
  /** Tried after the user's own for answers (English: product words). */
  fallbackCatalogs: readonly Catalog[];
  /** Every other language: a command word or a greeting is understood whatever the language setting. */
  commandCatalogs: readonly ReadingCatalog[];
  /** Answers a deployment fixes in advance (e.g. the cloud): never asked, never read from a message. */
  preset: Answers;
  /** The free-text reader; the understanding's own unless a test counts how often a turn reads. */
  understand?: Understand;
}

export function readMessage(text: string, screen: Screen, resources: ReadingResources): Reading {
  const message = new Message(text, resources.understand);
  const command = foldedCommand(message.folded, [resources.catalog, ...resources.commandCatalogs]);
  if (command) return { kind: 'command', command };
  switch (screen.kind) {
    case 'newCase': {
      const understood = message.understanding();
      return { kind: 'newCase', stated: statedAnswers(understood.answers, resources.preset), ...unclearIn(understood) };
    }
    case 'change': {
      const picked = foldedOption(message.folded, { question: 'change', options: screen.options }, [resources.catalog, ...resources.fallbackCatalogs]);
      return { kind: 'change', question: picked.kind === 'match' && isQuestionId(picked.id) ? picked.id : undefined };
    }
    case 'question':
      // "Hi" mid-case is small talk, not a wrong answer.
      if (foldedGreeting(message.folded, [resources.catalog, ...resources.commandCatalogs])) return { kind: 'greeting' };
      // "Yes" to a question that asks to confirm what a message said under a doubt takes that option.
      if (screen.guess !== undefined && foldedAffirmation(message.folded, [resources.catalog, ...resources.commandCatalogs]))
        return {
          kind: 'answer',
          question: screen.question,
          pick: { kind: 'picked', option: screen.guess, via: 'stated' },
          stated: {},
          conflicts: [],
          mismatches: [],
        };
      return readAnswer(message, screen.question, screen.answers, resources);
    case 'none':
      return { kind: 'none' };
  }
}
