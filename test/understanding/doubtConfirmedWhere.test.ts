// Where a check ("确认了") confirms a doubted answer, and where it confirms nothing: only said in a
// clause of its own (a stop or the message's start right before it, a stop or the message's end
// right after it), and only what stands between it and the start of its own sentence, or of the
// sentence before when its own names no answer before it. A check about something else, a
// question whether it was checked, or an answer said after the check leaves the doubt as it was.
import { checkRead } from './kindCheck';

describe('hedge: where a check confirms a doubted answer', () => {
  checkRead([
    // The message ends on the check, with no stop after it.
    ['zh-CN', '我估计客户是在国际版那边……对，确认了', { cloud: 'global' }, {}],
    // The doubted answer opens the message: it is still before the check.
    ['zh-CN', '国际版吧。对，确认了。', { cloud: 'global' }, {}],
    // A word the reader sets aside ("管理员") names no answer: the check still reaches the sentence before.
    ['zh-CN', '我估计客户是国际版。问了管理员，确认了。', { cloud: 'global' }, {}],
    // An answer corrected before the check is no second value left open: what replaced it is confirmed.
    ['zh-CN', '客户是 EA，不对，应该是 Open，刚跟客户确认了。', { channel: 'open' }, {}],
  ]);
});

describe('hedge: where a check confirms nothing doubted', () => {
  checkRead([
    // A question whether it was checked is no check.
    ['zh-CN', '我估计客户是国际版，是不是已经跟客户确认了？', {}, { hedged: { cloud: 'global' } }],
    // A check asked back ("确认了？", "Confirmed?") confirms nothing.
    ['zh-CN', '我估计客户是国际版，确认了？', {}, { hedged: { cloud: 'global' } }],
    ['en-US', 'Probably EA. Confirmed?', {}, { hedged: { channel: 'ea' } }],
    ['pt-BR', 'Acho que é EA. Confirmado?', {}, { hedged: { channel: 'ea' } }],
    // "Not confirmed" is no check: the word before it is not a stop.
    ['en-US', 'Probably EA. Not confirmed.', {}, { hedged: { channel: 'ea' } }],
    // A check of what follows it ("确认了他们要迁移") is not about the cloud guessed before.
    ['zh-CN', '我估计客户是国际版。已经确认了他们要迁移 Office 365。', { service: 'license', goal: 'move' }, { hedged: { cloud: 'global' } }],
    // Its own sentence names an answer first ("运维"): the check is about that sentence, not the guess before it.
    ['zh-CN', '我估计客户是国际版。运维交给我们，确认了。', { goal: 'support' }, { hedged: { cloud: 'global' } }],
    // A guess said after the check is not confirmed by it.
    ['zh-CN', '客户的 Office 365 要迁移过来，确认了。我估计他们是国际版。', { service: 'license', goal: 'move' }, { hedged: { cloud: 'global' } }],
  ]);
});
