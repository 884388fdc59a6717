// Which way into the bot each activity takes, from a table written by hand: the activity's facts
// as the host reads them, and the route the bot must take for them.
import { strict as assert } from 'assert';
import { RouteFacts, Route, routeOf } from '../../src/conversation/channel/routes';

/** A Teams personal chat's message from a user with an id: every row changes only what it names. */
const base: RouteFacts = { followUp: false, type: 'message', userSpecificViews: true, usableSender: true, addressed: true, botAdded: false, teams: true };
const invoke = (name: string, value?: unknown): Partial<RouteFacts> => ({ type: 'invoke', name, ...(value !== undefined ? { value } : {}) });
const execute = (data: unknown, verb = 'anything'): unknown => ({ action: { type: 'Action.Execute', verb, data } });

const rows: [string, Partial<RouteFacts>, Route][] = [
  [
    "the bot's own follow-up turn (set in the turn's state in this process)",
    { followUp: true, type: 'event', name: 'ContinueConversation' },
    { name: 'followUp' },
  ],
  [
    'an event a client names ContinueConversation is no follow-up',
    { type: 'event', name: 'ContinueConversation', value: { item: 'x' } },
    { name: 'sdkDefault' },
  ],
  ['an event a client names like a follow-up is no follow-up', { type: 'event', name: 'followUp', value: { item: 'x' } }, { name: 'sdkDefault' }],
  ['typed text', {}, { name: 'text' }],
  ['typed text in a group chat without an @mention', { addressed: false }, { name: 'ignored' }],
  ['typed text from a Teams sender without a usable id', { usableSender: false }, { name: 'refused', invoke: false }],
  ['Web Chat text from a sender without an id (no cases per viewer there)', { usableSender: false, userSpecificViews: false, teams: false }, { name: 'text' }],
  [
    "a Web Chat click on the advice flow's answer",
    { value: { answer: 'global' }, teams: false, userSpecificViews: false },
    { name: 'click', verb: 'advisor', invoke: false },
  ],
  ["a Web Chat click on an action's button", { value: { action: 'partnerCenter', kind: 'gdap' } }, { name: 'click', verb: 'partnerCenter', invoke: false }],
  ['a Web Chat click on My cases', { value: { action: 'myCases' } }, { name: 'click', verb: 'myCases', invoke: false }],
  ['a Web Chat click on the team view (issue 63)', { value: { action: 'teamCases', step: 'pick' } }, { name: 'click', verb: 'teamCases', invoke: false }],
  ["a Web Chat click on a follow-up's button", { value: { action: 'followUp', item: 'x' } }, { name: 'click', verb: 'followUp', invoke: false }],
  ['a message whose value is no object', { value: 'text' }, { name: 'click', verb: 'advisor', invoke: false }],
  ['a message whose value names an unknown action', { value: { action: 'toString' } }, { name: 'click', verb: 'advisor', invoke: false }],
  ['a null value is no click', { value: null }, { name: 'text' }],
  [
    "a Teams click on an action's button",
    invoke('adaptiveCard/action', execute({ action: 'partnerCenter' })),
    { name: 'click', verb: 'partnerCenter', invoke: true },
  ],
  ['a Teams click on My cases', invoke('adaptiveCard/action', execute({ action: 'myCases' }, 'myCases')), { name: 'click', verb: 'myCases', invoke: true }],
  [
    'a Teams click on the team view (issue 63)',
    invoke('adaptiveCard/action', execute({ action: 'teamCases' }, 'teamCases')),
    { name: 'click', verb: 'teamCases', invoke: true },
  ],
  ["a Teams click on a follow-up's button", invoke('adaptiveCard/action', execute({ action: 'followUp' })), { name: 'click', verb: 'followUp', invoke: true }],
  ['a Teams click on an answer', invoke('adaptiveCard/action', execute({ answer: 'ea' })), { name: 'click', verb: 'advisor', invoke: true }],
  ['a Teams refresh', invoke('adaptiveCard/action', execute({ action: 'refresh' }, 'refresh')), { name: 'click', verb: 'advisor', invoke: true }],
  [
    'a Copilot click on an answer',
    invoke('adaptiveCard/action', execute({ answer: 'ea' }, 'advisor.copilot')),
    { name: 'click', verb: 'copilot', invoke: true },
  ],
  [
    "a Copilot click on an action's button goes to the actions, by its data's verb",
    invoke('adaptiveCard/action', execute({ action: 'partnerCenter' }, 'advisor.copilot')),
    { name: 'click', verb: 'partnerCenter', invoke: true },
  ],
  ['a click invoke with no action at all', invoke('adaptiveCard/action', { nothing: true }), { name: 'click', verb: 'advisor', invoke: true }],
  [
    'a Teams click from a sender without a usable id',
    { ...invoke('adaptiveCard/action', execute({ action: 'partnerCenter' })), usableSender: false },
    { name: 'refused', invoke: true },
  ],
  ['feedback on a verdict', invoke('message/submitAction', { actionName: 'feedback' }), { name: 'feedback' }],
  ['the search command', invoke('composeExtension/query', { parameters: [] }), { name: 'search' }],
  ["Teams' single sign-on", invoke('signin/tokenExchange', { id: 'x' }), { name: 'signIn', step: 'tokenExchange' }],
  ['the code after a sign-in page', invoke('signin/verifyState', { state: '123456' }), { name: 'signIn', step: 'verifyState' }],
  ["a sign-in from a sender without a usable id: the SDK's answer", { ...invoke('signin/verifyState', {}), usableSender: false }, { name: 'sdkDefault' }],
  ["a Direct Line client's own sign-in", { type: 'event', name: 'tokens/response' }, { name: 'signIn', step: 'tokensResponse' }],
  ['another event', { type: 'event', name: 'webchat/join' }, { name: 'sdkDefault' }],
  ['an invoke nobody handles', invoke('task/fetch', {}), { name: 'sdkDefault' }],
  ['the bot installed in Teams', { type: 'installationUpdate', action: 'add' }, { name: 'welcome' }],
  ['the bot upgraded in Teams', { type: 'installationUpdate', action: 'add-upgrade' }, { name: 'welcome' }],
  ['the bot removed from Teams', { type: 'installationUpdate', action: 'remove' }, { name: 'ignored' }],
  ['the bot added in Web Chat', { type: 'conversationUpdate', botAdded: true, teams: false, userSpecificViews: false }, { name: 'welcome' }],
  ["the bot added in Teams: its installationUpdate greets, this one doesn't", { type: 'conversationUpdate', botAdded: true }, { name: 'ignored' }],
  ['someone else joins a Web Chat', { type: 'conversationUpdate', botAdded: false, teams: false }, { name: 'ignored' }],
  ['a reaction', { type: 'messageReaction' }, { name: 'sdkDefault' }],
  ['typing', { type: 'typing' }, { name: 'sdkDefault' }],
];

describe('Routes: which way into the bot an activity takes', () => {
  for (const [name, facts, expected] of rows) {
    it(name, () => assert.deepEqual(routeOf({ ...base, ...facts }), expected));
  }
});
