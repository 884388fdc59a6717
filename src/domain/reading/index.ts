// Reading a typed message once for what is on screen (see readMessage.ts); the conversation
// decides from the reading.
export { readMessage } from './readMessage';
export type { Reading, ReadingResources, Screen } from './readMessage';
export type { AnswerReading, Mismatch, Pick, Said, Hedged, Unclear } from './answer';
export { namingGuess, namingSaid } from './answer';
export type { Understand } from './message';
export { COMMAND_IDS, recognizeCommand } from './vocabulary';
export type { CommandId } from './vocabulary';
