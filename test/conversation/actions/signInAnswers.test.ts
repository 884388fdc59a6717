// The sign-in's invokes and typed text as tables, from docs/actions.md ("Sign-in") and Teams'
// "Add code to enable SSO in your bot app" / "Universal Actions for Adaptive Cards: user
// authentication": what each invoke says, and its answer; what typed text is to the sign-in, in the
// order it is tried; what the conversation keeps of one user's sign-in.
import { strict as assert } from 'assert';
import {
  loginAnswer,
  loginRequestBody,
  pageCodeOf,
  preconditionFailedBody,
  readTokenExchange,
  readUniversalSignIn,
  signInCardText,
  signOutLine,
  signsInUniversally,
  tokenExchangeAnswer,
  universalSignInStep,
  verifyStateAnswer,
  verifyStateFirst,
} from '../../../src/conversation/actions/signInAnswers';
import { isSignOut, mayBeTyped, readTypedForSignIn } from '../../../src/conversation/actions/signInTyping';
import { signInStateOf, withSignInState } from '../../../src/conversation/actions/store';
import { catalogFor } from '../../../src/domain/textCatalog';
import { ActionClick } from '../../../src/conversation/actions/actionClicks';
import { CARD, NOW } from './tables';

const CONNECTION = 'partner-center';
const en = catalogFor('en-US');

describe('the sign-in invokes, from tables', () => {
  const exchanges: { name: string; value: unknown; read: ReturnType<typeof readTokenExchange> }[] = [
    { name: "this bot's exchange", value: { id: 'x-1', connectionName: CONNECTION, token: 'ey.t' }, read: { ours: true, id: 'x-1', token: 'ey.t' } },
    { name: "another connection's", value: { id: 'x-1', connectionName: 'other', token: 'ey.t' }, read: { ours: false, id: 'x-1' } },
    { name: 'no token', value: { id: 'x-1', connectionName: CONNECTION, token: '' }, read: { ours: false, id: 'x-1' } },
    { name: 'a token that is no string', value: { id: 'x-1', connectionName: CONNECTION, token: 7 }, read: { ours: false, id: 'x-1' } },
    { name: 'no id', value: { connectionName: CONNECTION, token: 'ey.t' }, read: { ours: false, id: '' } },
    {
      name: 'an id cut at 128 characters',
      value: { id: 'a'.repeat(300), connectionName: CONNECTION, token: 't' },
      read: { ours: true, id: 'a'.repeat(128), token: 't' },
    },
    { name: 'no value at all', value: undefined, read: { ours: false, id: '' } },
    { name: 'a value that is a string', value: 'token', read: { ours: false, id: '' } },
  ];
  for (const row of exchanges) it(`token exchange: ${row.name}`, () => assert.deepEqual(readTokenExchange(row.value, CONNECTION), row.read));

  const answers: { outcome: Parameters<typeof tokenExchangeAnswer>[2]; expect: unknown }[] = [
    {
      outcome: 'notOurs',
      expect: { status: 400, body: { id: 'x-1', connectionName: CONNECTION, failureDetail: "The token exchange request is not this bot's." } },
    },
    { outcome: 'noSender', expect: { status: 400, body: { id: 'x-1', connectionName: CONNECTION, failureDetail: 'The sender has no usable id.' } } },
    {
      outcome: 'refused',
      expect: {
        status: 412,
        body: { id: 'x-1', connectionName: CONNECTION, failureDetail: 'The token could not be exchanged: sign in with the button instead.' },
      },
    },
    { outcome: 'done', expect: { status: 200, body: { id: 'x-1', connectionName: CONNECTION } } },
  ];
  for (const row of answers)
    it(`token exchange answered: ${row.outcome}`, () => assert.deepEqual(tokenExchangeAnswer('x-1', CONNECTION, row.outcome), row.expect));

  const codes: [unknown, string][] = [
    [{ state: '123456' }, '123456'],
    [{ state: 'x'.repeat(80) }, 'x'.repeat(64)],
    [{ state: 123456 }, ''],
    [{}, ''],
    [null, ''],
  ];
  for (const [value, code] of codes)
    it(`a page's code: ${JSON.stringify(value)?.slice(0, 30)} → "${code.slice(0, 8)}"`, () => assert.equal(pageCodeOf(value), code));

  const sender = { replayed: false };
  const verify: { name: string; code: string; sender: { replayed: boolean } | undefined; expect: unknown }[] = [
    { name: 'no sender', code: '123456', sender: undefined, expect: { answer: { status: 400 } } },
    { name: 'no code', code: '', sender, expect: { answer: { status: 400 } } },
    { name: 'a retry of a turn taken', code: '123456', sender: { replayed: true }, expect: { answer: { status: 200 } } },
    { name: 'a code to check', code: '123456', sender, expect: { check: '123456', sender } },
  ];
  for (const row of verify)
    it(`verifyState first: ${row.name}`, () =>
      assert.deepEqual(
        verifyStateFirst(row.code, row.sender, (s) => s.replayed),
        row.expect,
      ));
  it('verifyState once the token service answered: 200 signed in, 404 refused', () => {
    assert.deepEqual(verifyStateAnswer(true), { status: 200 });
    assert.deepEqual(verifyStateAnswer(false), { status: 404 });
  });

  const universal: { name: string; value: unknown; expect: ReturnType<typeof readUniversalSignIn> }[] = [
    {
      name: "Teams' token for this connection",
      value: { authentication: { token: 'ey.t', connectionName: CONNECTION } },
      expect: { kind: 'token', token: 'ey.t' },
    },
    { name: "another connection's token, no code", value: { authentication: { token: 'ey.t', connectionName: 'other' } }, expect: { kind: 'none' } },
    {
      name: "another connection's token and a code",
      value: { authentication: { token: 'ey.t', connectionName: 'other' }, state: '654321' },
      expect: { kind: 'code', code: '654321' },
    },
    { name: 'an empty token', value: { authentication: { token: '', connectionName: CONNECTION } }, expect: { kind: 'none' } },
    { name: "the sign-in page's code", value: { state: '654321' }, expect: { kind: 'code', code: '654321' } },
    { name: 'a plain click', value: { action: { type: 'Action.Execute' } }, expect: { kind: 'none' } },
  ];
  for (const row of universal) it(`a Universal Actions click: ${row.name}`, () => assert.deepEqual(readUniversalSignIn(row.value, CONNECTION), row.expect));

  it("Universal Actions' sign-in request: 401 loginRequest with the exchange resource and the link", () => {
    const resource = { signInLink: 'https://token.example/signin?x=1', tokenExchangeResource: { id: 'r', uri: 'api://bot' } };
    assert.deepEqual(loginRequestBody(CONNECTION, resource, { text: 'Sign in', button: 'Continue' }), {
      statusCode: 401,
      type: 'application/vnd.microsoft.activity.loginRequest',
      value: {
        text: 'Sign in',
        connectionName: CONNECTION,
        tokenExchangeResource: { id: 'r', uri: 'api://bot' },
        buttons: [{ title: 'Continue', text: 'Continue', type: 'signin', value: 'https://token.example/signin?x=1' }],
      },
    });
    assert.equal('tokenExchangeResource' in (loginRequestBody(CONNECTION, { signInLink: 'l' }, { text: 't', button: 'b' }).value as object), false);
  });
  it("a refused exchange of a click's token: 412, which asks Teams for the sign-in page", () => {
    assert.deepEqual(preconditionFailedBody(), {
      statusCode: 412,
      type: 'application/vnd.microsoft.error.preconditionFailed',
      value: { code: 'PreconditionFailed', message: 'The token could not be exchanged: sign in with the button instead.' },
    });
  });

  const universally: [object, string | undefined, boolean][] = [
    [{ type: 'invoke', name: 'adaptiveCard/action' }, 'msteams', true],
    [{ type: 'invoke', name: 'adaptiveCard/action' }, 'm365copilot', false],
    [{ type: 'message' }, 'msteams', false],
    [{ type: 'invoke', name: 'signin/verifyState' }, 'msteams', false],
    [{ type: 'invoke', name: 'adaptiveCard/action' }, 'webchat', false],
  ];
  for (const [activity, surface, expect] of universally)
    it(`Teams signs the clicker in itself: ${JSON.stringify(activity)} on ${surface} → ${expect}`, () =>
      assert.equal(signsInUniversally(activity, surface), expect));
});

describe('typed text to the sign-in, from a table', () => {
  const ROWS: { text: string; waiting: boolean; expect: ReturnType<typeof readTypedForSignIn> }[] = [
    { text: 'sign out', waiting: false, expect: { kind: 'signOut' } },
    { text: 'Sign out', waiting: true, expect: { kind: 'signOut' } },
    { text: 'kijelentkezés', waiting: false, expect: { kind: 'signOut' } },
    { text: ' 123456 ', waiting: false, expect: { kind: 'code', code: '123456' } },
    { text: '12345', waiting: false, expect: { kind: 'notMine' } },
    { text: '123 456', waiting: false, expect: { kind: 'notMine' } },
    { text: 'hello', waiting: false, expect: { kind: 'notMine' } },
    { text: '123 456', waiting: true, expect: { kind: 'code', code: '123456' } },
    { text: '12', waiting: true, expect: { kind: 'code', code: '12' } },
    { text: 'start over', waiting: true, expect: { kind: 'typed', command: true } },
    { text: "where's the code?", waiting: true, expect: { kind: 'typed', command: false } },
  ];
  for (const row of ROWS)
    it(`“${row.text}”, ${row.waiting ? 'a click waiting' : 'nothing waiting'} → ${row.expect.kind}`, () =>
      assert.deepEqual(readTypedForSignIn(row.text, row.waiting, en), row.expect));
  it('the sign-out command is no longer than 64 characters, and mayBeTyped takes a code or the command only', () => {
    assert.equal(isSignOut(`sign out${' '.repeat(60)}`), false);
    assert.equal(mayBeTyped('654321'), true);
    assert.equal(mayBeTyped('sign-out'), true);
    assert.equal(mayBeTyped('my cases'), false);
  });
});

describe("one user's sign-in in the conversation's store, from a table", () => {
  const click: ActionClick = { step: 'confirm', kind: 'startTransfer', cardId: CARD, inputs: {} };
  const waiting = { click, at: NOW - 1000 };
  it("reads the user's waiting click, last sign-in and the conversation's exchanges; nothing of another user's", () => {
    const store = { pending: { u1: waiting, u2: { click, at: 1 } }, signedIn: { u1: 7, u2: 8 }, exchanges: ['u1\nx'] };
    assert.deepEqual(signInStateOf(store, 'u1'), { waiting, signedInAt: 7, exchanges: ['u1\nx'] });
    assert.deepEqual(signInStateOf(store, 'u3'), { exchanges: ['u1\nx'] });
    assert.deepEqual(signInStateOf({ pending: { u1: 'junk' as never }, signedIn: { u1: 'x' as never } }, 'u1'), {});
  });
  it("writes the user's state back, the others' older than 15 minutes dropped from the waiting", () => {
    const store = { pending: { old: { click, at: NOW - 16 * 60_000 }, fresh: { click, at: NOW - 60_000 } }, signedIn: { old: 1 } };
    assert.deepEqual(withSignInState(store, 'u1', { waiting, signedInAt: NOW, exchanges: ['k'] }, NOW), {
      pending: { fresh: { click, at: NOW - 60_000 }, u1: waiting },
      signedIn: { old: 1, u1: NOW },
      exchanges: ['k'],
    });
    assert.deepEqual(withSignInState({ pending: { u1: waiting }, exchanges: ['k'] }, 'u1', {}, NOW), { pending: {}, signedIn: {}, exchanges: ['k'] });
  });

  it('goes on with a Universal Actions click once its sign-in is taken, else asks Teams for the page (a token) or a sign-in again (a code)', () => {
    const rows: [Parameters<typeof universalSignInStep>[0], boolean, string][] = [
      [{ kind: 'none' }, false, 'goOn'],
      [{ kind: 'token', token: 't' }, true, 'goOn'],
      [{ kind: 'token', token: 't' }, false, 'preconditionFailed'],
      [{ kind: 'code', code: '123456' }, true, 'goOn'],
      [{ kind: 'code', code: '123456' }, false, 'signInAgain'],
    ];
    for (const [read, accepted, step] of rows) assert.equal(universalSignInStep(read, accepted), step, `${read.kind} ${accepted}`);
    assert.deepEqual(loginAnswer({ statusCode: 401 }, 'unavailable'), { kind: 'invokeBody', body: { statusCode: 401 } });
    assert.deepEqual(loginAnswer(undefined, 'unavailable'), { kind: 'message', text: 'unavailable' });
  });

  it('says beside the sign-in card to type the page’s code only where no single sign-on happens', () => {
    const rows: [string | undefined, string | undefined][] = [
      ['webchat', en.actions.signIn.codePrompt],
      ['directline', en.actions.signIn.codePrompt],
      [undefined, en.actions.signIn.codePrompt],
      ['msteams', undefined],
      ['copilot', undefined],
    ];
    for (const [surface, text] of rows) assert.equal(signInCardText(surface, en.actions.signIn), text, String(surface));
  });

  it('answers a sign-out with its line, or the service’s unavailability when the token service did not sign out', () => {
    assert.equal(signOutLine(true, en), en.actions.signIn.signedOut);
    assert.equal(signOutLine(false, en), en.actions.failures.unavailable);
    assert.notEqual(en.actions.signIn.signedOut, en.actions.failures.unavailable);
  });
});
