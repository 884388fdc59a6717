// The sign-in machine as a table, from docs/actions.md ("Sign-in"): a click waits for its sender's
// sign-in for fifteen minutes, the code typed in Web Chat is asked of the token service only when
// it has six digits, three wrong codes (a wrong length among them) drop the click, anything else
// typed is answered with how to go on (a command goes on to the advisor), a sign-in that ends any
// way resumes the click, a code sent again after it is answered "signed in", and sign out clears it.
import { strict as assert } from 'assert';
import { ActionClick } from '../../../src/conversation/actions/actionClicks';
import { Say } from '../../../src/conversation/actions/machine';
import {
  MAX_CODE_MISSES,
  SignInEffect,
  SignInContext,
  SignInEvent,
  SignInStepped,
  SignInState,
  WAITING_MS,
  signInStep,
  withUserEntry,
} from '../../../src/conversation/actions/signInMachine';
import { CARD, NOW } from './tables';

const click: ActionClick = { step: 'confirm', kind: 'startTransfer', cardId: CARD, inputs: {} };
const waiting = (at = NOW - 60_000, misses?: number): SignInState => ({ waiting: { click, at, ...(misses ? { misses } : {}) } });
const CTX: SignInContext = { now: NOW, replayed: false };
const say = (line: Say): SignInEffect => ({ do: 'say', line });

interface SignInRow {
  name: string;
  state: SignInState;
  event: SignInEvent;
  ctx?: Partial<SignInContext>;
  expect: SignInStepped;
}

const ROWS: SignInRow[] = [
  {
    name: 'a click that needs the sign-in waits for it',
    state: {},
    event: { on: 'wait', click },
    expect: { state: { waiting: { click, at: NOW } }, effects: [{ do: 'askSignIn' }], taken: true },
  },
  {
    name: 'a click too big to keep waits without its inputs',
    state: {},
    event: { on: 'wait', click: { ...click, inputs: { roles: Array.from({ length: 40 }, () => 'r'.repeat(500)) } } },
    expect: { state: { waiting: { click, at: NOW } }, effects: [{ do: 'askSignIn' }], taken: true },
  },
  {
    name: 'a second click replaces the first, the last sign-in kept',
    state: { ...waiting(), signedInAt: 5 },
    event: { on: 'wait', click: { ...click, step: 'status' } },
    expect: { state: { signedInAt: 5, waiting: { click: { ...click, step: 'status' }, at: NOW } }, effects: [{ do: 'askSignIn' }], taken: true },
  },
  // The code typed in Web Chat.
  {
    name: 'a six-digit code is asked of the token service',
    state: waiting(),
    event: { on: 'code', code: '123456' },
    expect: { state: waiting(), effects: [{ do: 'checkCode', code: '123456' }], taken: true },
  },
  {
    name: 'the code taken: the click goes on',
    state: waiting(),
    event: { on: 'signedIn' },
    expect: { state: { signedInAt: NOW }, effects: [{ do: 'resume', click }], taken: true },
  },
  {
    name: 'a refused code is a miss, two left',
    state: waiting(),
    event: { on: 'codeRefused' },
    expect: { state: waiting(undefined, 1), effects: [say({ say: 'signIn.codeRejected', with: { left: 2 } })], taken: true },
  },
  {
    name: 'a code of the wrong length is a miss without asking the token service',
    state: waiting(undefined, 1),
    event: { on: 'code', code: '12345' },
    expect: { state: waiting(undefined, 2), effects: [say({ say: 'signIn.codeRejected', with: { left: 1 } })], taken: true },
  },
  {
    name: `the ${MAX_CODE_MISSES}rd miss drops the click and says so`,
    state: { ...waiting(undefined, 2), signedInAt: 7 },
    event: { on: 'codeRefused' },
    expect: { state: { signedInAt: 7 }, effects: [say({ say: 'signIn.tooManyCodes', action: 'startTransfer' })], taken: true },
  },
  {
    name: 'a retried code message calls nothing',
    state: waiting(),
    event: { on: 'code', code: '123456' },
    ctx: { replayed: true },
    expect: { state: waiting(), effects: [], taken: true },
  },
  // Sign-in timeouts: after fifteen minutes the click no longer waits.
  {
    name: 'a code after the wait is over is not the sign-in’s',
    state: waiting(NOW - WAITING_MS - 1),
    event: { on: 'code', code: '123456' },
    expect: { state: waiting(NOW - WAITING_MS - 1), effects: [], taken: false },
  },
  {
    name: 'a sign-in that ends after the wait is over resumes nothing',
    state: waiting(NOW - WAITING_MS - 1),
    event: { on: 'signedIn' },
    expect: { state: { signedInAt: NOW }, effects: [say({ say: 'signIn.done' })], taken: true },
  },
  {
    name: 'a click still within its fifteen minutes goes on',
    state: waiting(NOW - WAITING_MS),
    event: { on: 'signedIn' },
    expect: { state: { signedInAt: NOW }, effects: [{ do: 'resume', click }], taken: true },
  },
  {
    name: 'text typed after the wait is over goes to the advisor',
    state: waiting(NOW - WAITING_MS - 1),
    event: { on: 'typed', command: false },
    expect: { state: waiting(NOW - WAITING_MS - 1), effects: [], taken: false },
  },
  // A code sent again once signed in.
  {
    name: 'a code sent again just after the sign-in: told so, nothing asked',
    state: { signedInAt: NOW - 1000 },
    event: { on: 'code', code: '123456' },
    expect: { state: { signedInAt: NOW - 1000 }, effects: [say({ say: 'signIn.done' })], taken: true },
  },
  {
    name: 'a code sent again long after is not the sign-in’s',
    state: { signedInAt: NOW - WAITING_MS - 1 },
    event: { on: 'code', code: '123456' },
    expect: { state: { signedInAt: NOW - WAITING_MS - 1 }, effects: [], taken: false },
  },
  {
    name: 'other digits without a waiting click are not the sign-in’s',
    state: { signedInAt: NOW - 1000 },
    event: { on: 'code', code: '12' },
    expect: { state: { signedInAt: NOW - 1000 }, effects: [], taken: false },
  },
  // Anything else typed while the click waits.
  {
    name: 'text while waiting: how to go on, the click kept',
    state: waiting(),
    event: { on: 'typed', command: false },
    expect: { state: waiting(), effects: [say({ say: 'signIn.waiting', action: 'startTransfer' })], taken: true },
  },
  {
    name: "one of the advisor's commands goes on to it, the click kept",
    state: waiting(),
    event: { on: 'typed', command: true },
    expect: { state: waiting(), effects: [], taken: false },
  },
  {
    name: 'text while waiting, retried: taken, said once',
    state: waiting(),
    event: { on: 'typed', command: false },
    ctx: { replayed: true },
    expect: { state: waiting(), effects: [], taken: true },
  },
  // The other ways a sign-in ends.
  {
    name: 'a sign-in with no click waiting says it went through',
    state: {},
    event: { on: 'signedIn' },
    expect: { state: { signedInAt: NOW }, effects: [say({ say: 'signIn.done' })], taken: true },
  },
  {
    name: "the sign-in page's code refused names the waiting action",
    state: waiting(),
    event: { on: 'pageRefused' },
    expect: { state: waiting(), effects: [say({ say: 'signIn.failed', action: 'startTransfer' })], taken: true },
  },
  {
    name: 'sign out forgets the waiting click and the sign-in',
    state: { ...waiting(), signedInAt: 3 },
    event: { on: 'signOut' },
    expect: { state: {}, effects: [{ do: 'signOut' }], taken: true },
  },
];

describe('action machine: sign-in (table)', () => {
  for (const row of ROWS) it(row.name, () => assert.deepEqual(signInStep(row.state, row.event, { ...CTX, ...row.ctx }), row.expect));

  it('a conversation keeps the latest waiting users only, and none past their wait', () => {
    const map = { a: { at: NOW - 2 }, b: { at: NOW - 1 }, old: { at: NOW - WAITING_MS - 1 } };
    assert.deepEqual(
      withUserEntry(map, 'c', { at: NOW }, (w) => w.at, NOW, 2, WAITING_MS),
      { b: { at: NOW - 1 }, c: { at: NOW } },
    );
    assert.deepEqual(
      withUserEntry(map, 'a', undefined, (w) => w.at, NOW, 5),
      { b: { at: NOW - 1 }, old: { at: NOW - WAITING_MS - 1 } },
    );
  });
});

// Teams' single sign-on: every client of the user sends the same exchange; the first signs in.
const KEY = '29:owner\nex-1';
const EXCHANGE_ROWS: SignInRow[] = [
  {
    name: 'a first exchange is asked of the token service',
    state: waiting(),
    event: { on: 'exchange', userId: '29:owner', id: 'ex-1' },
    expect: { state: waiting(), effects: [{ do: 'exchangeToken', key: KEY }], taken: true },
  },
  {
    name: 'the exchange taken: remembered, the click goes on, the invoke answered 200',
    state: waiting(),
    event: { on: 'exchanged', key: KEY, ok: true },
    expect: {
      state: { signedInAt: NOW, exchanges: [KEY] },
      effects: [
        { do: 'resume', click },
        { do: 'respond', status: 200 },
      ],
      taken: true,
    },
  },
  {
    name: 'the exchange refused (consent needed): 412, the click still waits',
    state: waiting(),
    event: { on: 'exchanged', key: KEY, ok: false },
    expect: { state: waiting(), effects: [{ do: 'respond', status: 412 }], taken: true },
  },
  {
    name: "another client's copy of the same exchange: 200, nothing asked again",
    state: { exchanges: [KEY] },
    event: { on: 'exchange', userId: '29:owner', id: 'ex-1' },
    expect: { state: { exchanges: [KEY] }, effects: [{ do: 'respond', status: 200 }], taken: true },
  },
  {
    name: "another member's exchange with the same id is theirs, asked for them",
    state: { exchanges: [KEY] },
    event: { on: 'exchange', userId: '29:other', id: 'ex-1' },
    expect: { state: { exchanges: [KEY] }, effects: [{ do: 'exchangeToken', key: '29:other\nex-1' }], taken: true },
  },
  {
    name: 'a retried exchange invoke: 200, nothing asked',
    state: waiting(),
    event: { on: 'exchange', userId: '29:owner', id: 'ex-1' },
    ctx: { replayed: true },
    expect: { state: waiting(), effects: [{ do: 'respond', status: 200 }], taken: true },
  },
  {
    name: 'the conversation remembers the last twenty exchanges',
    state: { exchanges: Array.from({ length: 20 }, (_, i) => `u\n${i}`) },
    event: { on: 'exchanged', key: KEY, ok: true },
    expect: {
      state: { signedInAt: NOW, exchanges: [...Array.from({ length: 19 }, (_, i) => `u\n${i + 1}`), KEY] },
      effects: [say({ say: 'signIn.done' }), { do: 'respond', status: 200 }],
      taken: true,
    },
  },
  {
    name: 'sign out keeps the exchanges taken (they are Teams’ ids, not a sign-in)',
    state: { ...waiting(), signedInAt: 3, exchanges: [KEY] },
    event: { on: 'signOut' },
    expect: { state: { exchanges: [KEY] }, effects: [{ do: 'signOut' }], taken: true },
  },
];

describe('action machine: Teams token exchange (table)', () => {
  for (const row of EXCHANGE_ROWS) it(row.name, () => assert.deepEqual(signInStep(row.state, row.event, { ...CTX, ...row.ctx }), row.expect));
});
