// What a message on the text route is for (conversation/channel/typedText.ts), from a table written
// by hand: the message's value and text, the features this deployment has, and where it goes.
import { strict as assert } from 'assert';
import { TextFeatures, TypedText, typedTextFor } from '../../src/conversation/channel/typedText';

const ALL: TextFeatures = { myCases: true, team: true, signIn: true };
const caseClick = { action: 'myCases', item: 'gdap-0123456789abcdef' };
const teamClick = { action: 'teamCases', list: 'team' };

const rows: [string, { value?: unknown; text: string | undefined }, Partial<TextFeatures>, TypedText][] = [
  ["a Web Chat click carrying My cases' data", { value: caseClick, text: undefined }, {}, { to: 'myCases', click: caseClick }],
  ["a Web Chat click carrying the team view's data", { value: teamClick, text: undefined }, {}, { to: 'team', click: teamClick }],
  ["a click's data wins over its text", { value: teamClick, text: 'my cases' }, {}, { to: 'team', click: teamClick }],
  ["My cases' data while My cases is off is nobody's click", { value: caseClick, text: undefined }, { myCases: false }, { to: 'signIn' }],
  ["the team's data while the team view is off", { value: teamClick, text: undefined }, { team: false }, { to: 'signIn' }],
  ["another feature's data goes to the sign-in, then the advisor", { value: { answer: 'global' }, text: undefined }, {}, { to: 'signIn' }],
  ["another feature's data without the actions goes to the advisor", { value: { answer: 'global' }, text: 'my cases' }, { signIn: false }, { to: 'advisor' }],
  ['a null value is no click: the text is read', { value: null, text: 'my cases' }, {}, { to: 'myCases', command: true }],
  ["My cases' command", { text: 'my cases' }, {}, { to: 'myCases', command: true }],
  ["My cases' command, capitalised, with a question mark", { text: 'My Cases?' }, {}, { to: 'myCases', command: true }],
  ["My cases' command in another language than the user's", { text: 'мои запросы' }, {}, { to: 'myCases', command: true }],
  ["My cases' command while My cases is off", { text: 'my cases' }, { myCases: false }, { to: 'signIn' }],
  ["the team view's command", { text: 'team cases' }, {}, { to: 'team', command: true }],
  ["the team view's command in Hungarian", { text: 'a csapat ügyei' }, {}, { to: 'team', command: true }],
  ["the team view's command while the team view is off", { text: 'team cases' }, { team: false }, { to: 'signIn' }],
  ["the team view's command with only My cases off still goes to the team", { text: 'team cases' }, { myCases: false }, { to: 'team', command: true }],
  ['a question that contains a command is no command', { text: 'where are my cases for Contoso' }, {}, { to: 'signIn' }],
  ['a text longer than any command is no command, whatever it ends with', { text: `${' '.repeat(60)}my cases` }, {}, { to: 'signIn' }],
  ['a command padded to exactly the longest a command may be', { text: `${' '.repeat(56)}my cases` }, {}, { to: 'myCases', command: true }],
  ['an empty text', { text: '' }, {}, { to: 'signIn' }],
  ['no text at all', { text: undefined }, {}, { to: 'signIn' }],
  ['any text with no feature on goes to the advisor', { text: 'my cases' }, { myCases: false, team: false, signIn: false }, { to: 'advisor' }],
];

describe('Typed text: which feature a message is for', () => {
  for (const [what, message, features, expected] of rows) {
    it(what, () => assert.deepEqual(typedTextFor(message, { ...ALL, ...features }), expected));
  }
});
