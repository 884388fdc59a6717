// One reading of a typed message for what is on screen (src/domain/reading), from a table: a few
// messages per language at each kind of screen, and what the reading must be. Each row also
// counts the free-text reads: never more than one, none where the card's own words decide.
import { strict as assert } from 'assert';
import { Reading, Screen, namingSaid, readMessage } from '../../src/domain/reading';
import { LocaleTag } from '../../src/domain/locales';
import { resources } from './readingResources';
import { understand } from '../../src/domain/understanding';

const CLOUD: Screen = { kind: 'question', question: 'cloud', answers: {} };
const CHANNEL: Screen = { kind: 'question', question: 'channel', answers: { cloud: 'global' } };
const CHINA_CHANNEL: Screen = { kind: 'question', question: 'channel', answers: { cloud: 'china' } };
const SERVICE: Screen = { kind: 'question', question: 'service', answers: { cloud: 'global', channel: 'ea' } };
const PARTNER_TYPE: Screen = { kind: 'question', question: 'partnerType', answers: { cloud: 'global', channel: 'ea', service: 'license', goal: 'move' } };
const CHANGE: Screen = { kind: 'change', options: ['cloud', 'channel'] };

interface Row {
  locale: LocaleTag;
  text: string;
  screen: Screen;
  reading: Reading;
  /** The card's own words decide: the sentence is not read for what it states. */
  notUnderstood?: true;
}

const nothing = { stated: {}, conflicts: [], mismatches: [] };

const ROWS: Row[] = [
  // en-US
  { locale: 'en-US', text: 'help', screen: CLOUD, reading: { kind: 'command', command: 'help' }, notUnderstood: true },
  { locale: 'en-US', text: '/restart', screen: { kind: 'newCase' }, reading: { kind: 'command', command: 'restart' }, notUnderstood: true },
  { locale: 'en-US', text: 'hi', screen: CHANNEL, reading: { kind: 'greeting' }, notUnderstood: true },
  // A greeting with no case open is a message that states nothing: the case starts as usual.
  { locale: 'en-US', text: 'hi', screen: { kind: 'newCase' }, reading: { kind: 'newCase', stated: {}, conflicts: [] } },
  {
    locale: 'en-US',
    text: 'Customer bought Azure through EA',
    screen: { kind: 'newCase' },
    reading: { kind: 'newCase', stated: { channel: 'ea', service: 'usage' }, conflicts: [] },
  },
  {
    locale: 'en-US',
    text: 'Through an Enterprise Agreement (EA)',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'ea', via: 'label' }, ...nothing },
    notUnderstood: true,
  },
  {
    locale: 'en-US',
    text: '4',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'ea', via: 'number' }, ...nothing },
  },
  // A commercial channel at the 21Vianet question does not fit, whatever it is.
  {
    locale: 'en-US',
    text: 'EA',
    screen: CHINA_CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'none' }, stated: {}, conflicts: [], mismatches: [{ question: 'channel', words: 'EA' }] },
    notUnderstood: true,
  },
  // Answers to questions not on screen yet are stated, not picked.
  {
    locale: 'en-US',
    text: 'Customer bought Azure through EA',
    screen: CLOUD,
    reading: { kind: 'answer', question: 'cloud', pick: { kind: 'none' }, stated: { channel: 'ea', service: 'usage' }, conflicts: [], mismatches: [] },
  },
  // An answer to a question answered already does not fit.
  {
    locale: 'en-US',
    text: 'we bought it through Open',
    screen: SERVICE,
    reading: {
      kind: 'answer',
      question: 'service',
      pick: { kind: 'none' },
      stated: { channel: 'open' },
      conflicts: [],
      mismatches: [{ question: 'channel', words: 'through Open' }],
    },
  },
  // A word in a sentence does not pick what the sentence contradicts or negates.
  {
    locale: 'en-US',
    text: 'not sure if it was EA or Open',
    screen: CHANNEL,
    // The reading carries what was said, so the question can name it ("You said EA and Open: which one?").
    reading: {
      kind: 'answer',
      question: 'channel',
      pick: { kind: 'none' },
      stated: {},
      conflicts: ['channel'],
      said: { channel: ['EA', 'or Open'] },
      mismatches: [],
    },
  },
  { locale: 'en-US', text: 'not through EA', screen: CHANNEL, reading: { kind: 'answer', question: 'channel', pick: { kind: 'none' }, ...nothing } },
  // The start of an option's name picks it in the commercial Partner Center: the 21Vianet rule is for the 21Vianet question only.
  {
    locale: 'en-US',
    text: 'Enterpr',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'ea', via: 'partial' }, ...nothing },
  },
  // A word in a sentence picks the option when nothing in the sentence says otherwise.
  {
    locale: 'en-US',
    text: 'is it the open one',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'open', via: 'sentence' }, ...nothing },
  },
  // "Open" written as a name is the channel the understanding states.
  {
    locale: 'en-US',
    text: 'is it the Open one',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'open', via: 'stated' }, ...nothing },
  },
  // A cloud and a channel the screen does not offer: neither is picked, both are named as not fitting.
  {
    locale: 'en-US',
    text: 'on 21Vianet, bought from 21Vianet',
    screen: CHANNEL,
    reading: {
      kind: 'answer',
      question: 'channel',
      pick: { kind: 'none' },
      stated: { cloud: 'china' },
      conflicts: [],
      mismatches: [
        { question: 'cloud', words: '21Vianet' },
        { question: 'channel', words: 'from 21Vianet' },
      ],
    },
  },
  // A channel stated with its own cloud is kept as stated, not read in the Partner Center chosen before.
  {
    locale: 'en-US',
    text: 'bought from 21Vianet',
    screen: SERVICE,
    reading: {
      kind: 'answer',
      question: 'service',
      pick: { kind: 'none' },
      stated: { cloud: 'china', channel: 'vianet' },
      conflicts: [],
      mismatches: [
        { question: 'cloud', words: 'from 21Vianet' },
        { question: 'channel', words: 'from 21Vianet' },
      ],
    },
  },
  // With no cloud chosen yet, a 21Vianet channel is no mismatch: it states the cloud too.
  {
    locale: 'en-US',
    text: 'bought from 21Vianet',
    screen: CLOUD,
    reading: {
      kind: 'answer',
      question: 'cloud',
      pick: { kind: 'picked', option: 'china', via: 'stated' },
      stated: { channel: 'vianet' },
      conflicts: [],
      mismatches: [],
    },
  },
  // A word in a sentence picks nothing when the sentence answers the question on screen otherwise;
  // words that only answer another question do not stop it.
  {
    locale: 'en-US',
    text: 'from 21Vianet or is it the open one',
    screen: CHANNEL,
    reading: {
      kind: 'answer',
      question: 'channel',
      pick: { kind: 'none' },
      stated: { cloud: 'china' },
      conflicts: [],
      mismatches: [
        { question: 'cloud', words: 'from 21Vianet' },
        { question: 'channel', words: 'from 21Vianet' },
      ],
    },
  },
  {
    locale: 'en-US',
    text: 'is it the open one? we are on 21Vianet',
    screen: CHANNEL,
    reading: {
      kind: 'answer',
      question: 'channel',
      pick: { kind: 'picked', option: 'open', via: 'sentence' },
      stated: { cloud: 'china' },
      conflicts: [],
      mismatches: [{ question: 'cloud', words: '21Vianet' }],
    },
  },
  // The 21Vianet rule is the channel question's: at another question a commercial channel is a channel answered already.
  {
    locale: 'en-US',
    text: 'EA',
    screen: { kind: 'question', question: 'service', answers: { cloud: 'china', channel: 'vianet' } },
    reading: { kind: 'answer', question: 'service', pick: { kind: 'none' }, stated: {}, conflicts: [], mismatches: [{ question: 'channel', words: 'EA' }] },
  },
  // At the 21Vianet question: nothing named is no mismatch; a number past its three options names none of them.
  { locale: 'en-US', text: 'qwxz', screen: CHINA_CHANNEL, reading: { kind: 'answer', question: 'channel', pick: { kind: 'none' }, ...nothing } },
  { locale: 'en-US', text: '4', screen: CHINA_CHANNEL, reading: { kind: 'answer', question: 'channel', pick: { kind: 'none' }, ...nothing } },
  // A commercial channel inside a sentence at the 21Vianet question: not read as "somewhere else", named
  // as not fitting by its own words, and the rest of the sentence still stated.
  {
    locale: 'en-US',
    text: 'Customer bought Azure through EA',
    screen: CHINA_CHANNEL,
    reading: {
      kind: 'answer',
      question: 'channel',
      pick: { kind: 'none' },
      stated: { service: 'usage' },
      conflicts: [],
      mismatches: [{ question: 'channel', words: 'EA' }],
    },
  },
  { locale: 'en-US', text: 'Partner Center', screen: CHANGE, reading: { kind: 'change', question: 'cloud' } },
  { locale: 'en-US', text: 'qwxz', screen: CHANGE, reading: { kind: 'change', question: undefined } },
  { locale: 'en-US', text: 'qwxz', screen: { kind: 'none' }, reading: { kind: 'none' } },

  // ru-RU
  { locale: 'ru-RU', text: 'помощь', screen: CHANNEL, reading: { kind: 'command', command: 'help' }, notUnderstood: true },
  { locale: 'ru-RU', text: 'привет', screen: CLOUD, reading: { kind: 'greeting' }, notUnderstood: true },
  {
    locale: 'ru-RU',
    text: 'По Соглашению Enterprise (EA)',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'ea', via: 'label' }, ...nothing },
    notUnderstood: true,
  },
  {
    locale: 'ru-RU',
    text: 'EA',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'ea', via: 'name' }, ...nothing },
  },
  { locale: 'ru-RU', text: 'Центр партнеров', screen: CHANGE, reading: { kind: 'change', question: 'cloud' } },

  // zh-CN
  { locale: 'zh-CN', text: '帮助', screen: CLOUD, reading: { kind: 'command', command: 'help' }, notUnderstood: true },
  { locale: 'zh-CN', text: '你好', screen: CHANNEL, reading: { kind: 'greeting' }, notUnderstood: true },
  // Inside a sentence the option is the understanding's to state.
  {
    locale: 'zh-CN',
    text: '客户是通过 EA 购买的',
    screen: CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'ea', via: 'stated' }, ...nothing },
  },
  {
    locale: 'zh-CN',
    text: '从世纪互联购买',
    screen: CHINA_CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'vianet', via: 'label' }, ...nothing },
    notUnderstood: true,
  },

  // pt-BR
  { locale: 'pt-BR', text: 'ajuda', screen: CHANNEL, reading: { kind: 'command', command: 'help' }, notUnderstood: true },
  // A command word of another language works too.
  { locale: 'pt-BR', text: 'help', screen: { kind: 'newCase' }, reading: { kind: 'command', command: 'help' }, notUnderstood: true },
  { locale: 'pt-BR', text: 'olá', screen: CLOUD, reading: { kind: 'greeting' }, notUnderstood: true },
  {
    locale: 'pt-BR',
    text: 'Da 21Vianet',
    screen: CHINA_CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'picked', option: 'vianet', via: 'label' }, ...nothing },
    notUnderstood: true,
  },
  {
    locale: 'pt-BR',
    text: 'Open',
    screen: CHINA_CHANNEL,
    reading: { kind: 'answer', question: 'channel', pick: { kind: 'none' }, stated: {}, conflicts: [], mismatches: [{ question: 'channel', words: 'Open' }] },
    notUnderstood: true,
  },

  // hu-HU
  { locale: 'hu-HU', text: 'súgó', screen: CLOUD, reading: { kind: 'command', command: 'help' }, notUnderstood: true },
  // The card's words in English still answer when the user's language names nothing.
  {
    locale: 'hu-HU',
    text: 'Manage and support',
    screen: { kind: 'question', question: 'goal', answers: { cloud: 'global', channel: 'ea', service: 'license' } },
    reading: { kind: 'answer', question: 'goal', pick: { kind: 'picked', option: 'support', via: 'name' }, ...nothing },
  },
  { locale: 'hu-HU', text: 'szia', screen: PARTNER_TYPE, reading: { kind: 'greeting' }, notUnderstood: true },
  {
    locale: 'hu-HU',
    text: 'Közvetett viszonteladó',
    screen: PARTNER_TYPE,
    reading: { kind: 'answer', question: 'partnerType', pick: { kind: 'picked', option: 'indirectReseller', via: 'label' }, ...nothing },
    notUnderstood: true,
  },
  {
    locale: 'hu-HU',
    text: '1',
    screen: CLOUD,
    reading: { kind: 'answer', question: 'cloud', pick: { kind: 'picked', option: 'global', via: 'number' }, ...nothing },
  },
];

function screenName(screen: Screen): string {
  if (screen.kind !== 'question') return screen.kind;
  return `the ${screen.question} question${screen.answers.cloud ? ` (${screen.answers.cloud} cloud)` : ''}`;
}

describe('one reading of a typed message', () => {
  for (const row of ROWS) {
    it(`${row.locale} "${row.text}" at ${screenName(row.screen)}: ${row.reading.kind}`, () => {
      let reads = 0;
      const counting = (text: string): ReturnType<typeof understand> => {
        reads++;
        return understand(text);
      };
      assert.deepStrictEqual(readMessage(row.text, row.screen, { ...resources(row.locale), understand: counting }), row.reading);
      assert.ok(reads <= 1, `understood ${reads} times`);
      if (row.notUnderstood) assert.equal(reads, 0, 'the card’s own words decide: the sentence is not read');
    });
  }

  it('names no mismatch for a preset answer, and drops a channel the chosen Partner Center does not have', () => {
    const reading = readMessage('bought from 21Vianet', SERVICE, { ...resources('en-US'), preset: { cloud: 'global' } });
    assert.deepStrictEqual(reading, {
      kind: 'answer',
      question: 'service',
      pick: { kind: 'none' },
      stated: {},
      conflicts: [],
      mismatches: [{ question: 'channel', words: 'from 21Vianet' }],
    });
  });

  it('takes a 21Vianet option named by its whole name or its number as such (the commercial-channel rule does not apply)', () => {
    for (const [text, option, via] of [
      ['former Advisor', 'formerAdvisor', 'name'],
      ['2', 'formerAdvisor', 'number'],
    ] as const) {
      const reading = readMessage(text, CHINA_CHANNEL, resources('en-US'));
      assert.ok(reading.kind === 'answer', text);
      assert.deepStrictEqual(reading.pick, { kind: 'picked', option, via }, text);
    }
  });

  it('never states a preset answer', () => {
    const reading = readMessage('Customer bought Azure through EA', { kind: 'newCase' }, { ...resources('en-US'), preset: { service: 'usage' } });
    assert.deepStrictEqual(reading, { kind: 'newCase', stated: { channel: 'ea' }, conflicts: [] });
  });
});

describe('a question that asks again names what the message said to it', () => {
  const said = { channel: ['EA', 'Open'] };

  it('adds the words said to the question being asked', () => {
    assert.deepStrictEqual(namingSaid({ kind: 'question', question: 'channel' }, 'channel', said), {
      kind: 'question',
      question: 'channel',
      said: ['EA', 'Open'],
    });
  });

  it('adds nothing to a reply that asks another question, or is no question, or when nothing was said to it', () => {
    assert.deepStrictEqual(namingSaid({ kind: 'question', question: 'cloud' }, 'channel', said), { kind: 'question', question: 'cloud' });
    assert.deepStrictEqual(namingSaid({ kind: 'confirm', question: 'channel' }, 'channel', said), { kind: 'confirm', question: 'channel' });
    assert.deepStrictEqual(namingSaid({ kind: 'question', question: 'channel' }, 'channel', { channel: [] }), { kind: 'question', question: 'channel' });
    assert.deepStrictEqual(namingSaid({ kind: 'question', question: 'channel' }, 'channel', undefined), { kind: 'question', question: 'channel' });
  });
});
