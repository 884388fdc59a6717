// What a message on the text route is for, decided once, in this order: a click's data that is My
// cases' or the team view's (a Web Chat click carrying it), My cases' command, the team view's
// command, then the actions' sign-in (a code, the sign-out command, or anything while a click waits
// for its sender's sign-in: the sign-in reads it against its own state, and what it does not take
// goes on to the advisor), else the advisor. Only the features this deployment has are asked.
import { availableLocales, ReadingCatalog, readingCatalogFor } from '../../domain/textCatalog';
import { isCaseClickData, isMyCasesCommand } from '../followUps/caseListCards';
import { isTeamCasesCommand, isTeamClickData } from '../team/teamCards';

/** A message's text, as long as any command is (a longer one is no command, and is never folded). */
export const COMMAND_MAX_CHARS = 64;

export type TypedText =
  | { to: 'myCases'; click: unknown }
  | { to: 'myCases'; command: true }
  | { to: 'team'; click: unknown }
  | { to: 'team'; command: true }
  /** The sign-in reads it (its state says whether a click waits); what it does not take goes on to the advisor. */
  | { to: 'signIn' }
  | { to: 'advisor' };

/** The features on here that take typed text. */
export interface TextFeatures {
  myCases: boolean;
  team: boolean;
  signIn: boolean;
}

/** Every language's catalog: a command is read in any of them, as the advisor reads its own. */
const CATALOGS: readonly ReadingCatalog[] = availableLocales().map(readingCatalogFor);

export function typedTextFor(message: { value?: unknown; text: string | undefined }, on: TextFeatures): TypedText {
  const { value, text } = message;
  const fallback: TypedText = on.signIn ? { to: 'signIn' } : { to: 'advisor' };
  if (value !== undefined && value !== null) {
    if (on.myCases && isCaseClickData(value)) return { to: 'myCases', click: value };
    if (on.team && isTeamClickData(value)) return { to: 'team', click: value };
    return fallback;
  }
  const command = typeof text === 'string' && text.length <= COMMAND_MAX_CHARS ? text : undefined;
  if (command !== undefined && on.myCases && isMyCasesCommand(command, CATALOGS)) return { to: 'myCases', command: true };
  if (command !== undefined && on.team && isTeamCasesCommand(command, CATALOGS)) return { to: 'team', command: true };
  return fallback;
}
