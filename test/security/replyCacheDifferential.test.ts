// Issue 60, finding 1, the cache as a whole: random conversations of many users (languages,
// shared and personal chats, typed messages from the labelled sets, picks, commands, stale
// clicks), every reply they get rendered through the reply cache and built afresh without it, in
// every channel form. The two must be identical, both as objects and as the bytes that go on the
// wire (a cached card's kept JSON): a cache key that leaves out anything a card shows fails here.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { AdvisorState, FlowInput, Reply, handleTurn, tokenOf } from '../../src/conversation/advisor/flow';
import { flowContextFor } from '../../src/conversation/advisor/flowContext';
import { cachedReply, freshReply, RenderedReply } from '../../src/conversation/cards/replyCardCache';
import { ChannelKind, forChannel } from '../../src/conversation/cards/channelFeatures';
import { COMMAND_IDS } from '../../src/domain/reading';
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { LocaleTag } from '../../src/domain/locales';
import { optionsFor } from '../../src/domain/questions';
import { availableLocales } from '../../src/domain/textCatalog';
import { activityFor } from '../../src/conversation/cards/messages';
import { jsonBytes } from '../../src/protocols/connector/jsonBytes';
import { PROJECT_ROOT } from '../support/paths';
import { seededRandom } from '../support/random';

const UTTERANCES = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test/data/utterances.json'), 'utf8')) as { utterances: { text: string }[] }
).utterances.map((u) => u.text);
const FORMS: ChannelKind[] = ['msteams', 'copilot', 'standard'];
const USERS = 40;
const STEPS = 14;

interface User {
  locale: LocaleTag;
  shared: boolean;
  state?: AdvisorState;
  staleToken?: string;
}

function inputFor(user: User, next: () => number): FlowInput {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const token = user.state ? tokenOf(user.state) : '';
  const roll = next();
  if (!user.state || roll < 0.05) return { kind: 'start' };
  if (roll < 0.45) return { kind: 'text', text: pick(UTTERANCES) };
  if (roll < 0.75 && user.state.pending) {
    const question = user.state.pending;
    return { kind: 'submit', data: { action: 'answer', question, [question]: pick(optionsFor(question, user.state.answers)), token } };
  }
  if (roll < 0.85) return { kind: 'submit', data: { action: pick(COMMAND_IDS), token } };
  // A click on an earlier card of this conversation.
  return { kind: 'submit', data: { action: 'answer', question: 'cloud', cloud: 'global', token: user.staleToken ?? 'none.1' } };
}

/** The replies of USERS random conversations, interleaved turn by turn as a busy deployment gets them. */
function conversations(seed: number): { reply: Reply; locale: LocaleTag }[] {
  const next = seededRandom(seed);
  const locales = availableLocales();
  let consultations = 0;
  const users: User[] = Array.from({ length: USERS }, () => ({ locale: locales[Math.floor(next() * locales.length)]!, shared: next() < 0.3 }));
  const replies: { reply: Reply; locale: LocaleTag }[] = [];
  for (let step = 0; step < STEPS; step += 1) {
    for (const [n, user] of users.entries()) {
      const context = flowContextFor({
        locale: user.locale,
        edition: DEFAULT_EDITION,
        preset: {},
        shared: user.shared,
        newConsultationId: () => `c${(consultations += 1)}`,
        partnerActions: n % 2 === 0,
      });
      const result = handleTurn(user.state, inputFor(user, next), context, { id: `user-${n}`, name: `User ${n}` });
      if (user.state && next() < 0.3) user.staleToken = tokenOf(user.state);
      user.state = result.state;
      for (const reply of result.replies) replies.push({ reply, locale: result.locale ?? user.locale });
    }
  }
  return replies;
}

/** What a variant builds: a message or a card, each compared as the JSON it is sent as. */
type Build = (shown: RenderedReply) => object | undefined;
const messageOf =
  (form: ChannelKind, locale: LocaleTag): Build =>
  (shown) =>
    activityFor(shown, form, locale);
const cardOf =
  (form: ChannelKind): Build =>
  (shown) =>
    'text' in shown ? undefined : forChannel(shown.kind, shown.card, form);

describe('Security finding 1: the reply cache gives what a fresh render gives (differential, many users)', () => {
  for (const seed of [1, 2, 3]) {
    it(`finding 1: ${USERS} users' random conversations, seed ${seed}: every reply in every form is the same with and without the cache`, () => {
      const replies = conversations(seed);
      const kinds = new Set(replies.map(({ reply }) => (reply.kind === 'question' && reply.notice ? `question:${reply.notice}` : reply.kind)));
      // The run must reach the replies that quote a user's words, or it proves nothing about them.
      for (const kind of ['question:clarify', 'question:understood', 'result']) assert.ok(kinds.has(kind), `seed ${seed} reaches a ${kind} reply`);
      let compared = 0;
      for (const { reply, locale } of replies) {
        for (const form of FORMS) {
          for (const [variant, build] of [
            [`activity:${form}`, messageOf(form, locale)],
            [`card:${form}`, cardOf(form)],
          ] as const) {
            const fresh = JSON.stringify(freshReply(reply, locale, build));
            const cached = cachedReply(reply, locale, variant, build);
            assert.equal(JSON.stringify(cached), fresh, `${reply.kind} in ${locale}, ${variant}: the cached object`);
            if (cached !== undefined) assert.equal(jsonBytes(cached).toString('utf8'), fresh, `${reply.kind} in ${locale}, ${variant}: the bytes sent`);
            compared += 1;
          }
        }
      }
      assert.ok(compared >= USERS * STEPS * FORMS.length, `compared ${compared} renders`);
    });
  }
});
