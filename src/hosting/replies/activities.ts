// The message a view or a reply becomes is pure: conversation/cards/messages.ts. Named here as well
// for the rooms that still import it from the shell.
export { activityFor, toActivity } from '../../conversation/cards/messages';
export type { MessageActivity } from '../../conversation/cards/messages';
