// The rules of a typed answer read against the question on screen (src/domain/reading/answer.ts),
// one at a time, each at the edge a mutation of the rule crosses: a China option's whole name that
// also starts a commercial option's name, a commercial option named by the start of a China
// option's label, a commercial channel stated in a sentence at the 21Vianet question, the question
// on screen answered already.
import { strict as assert } from 'assert';
import { Reading, Screen, readMessage } from '../../src/domain/reading';
import { resources } from './readingResources';

const CHINA_CHANNEL: Screen = { kind: 'question', question: 'channel', answers: { cloud: 'china' } };

function pickOf(reading: Reading): unknown {
  assert.equal(reading.kind, 'answer');
  return reading.kind === 'answer' ? reading.pick : undefined;
}

describe('reading rules: a China option named by its whole name at the 21Vianet question', () => {
  // "outro", "其他", "más" are the whole name of "somewhere else" and also the start of
  // "another CSP partner" in the commercial list: the whole name of the option on screen wins.
  for (const [locale, text] of [
    ['pt-BR', 'outro'],
    ['zh-CN', '其他'],
    ['hu-HU', 'más'],
  ] as const) {
    it(`${locale}: "${text}" picks "somewhere else" by its name`, () => {
      assert.deepStrictEqual(pickOf(readMessage(text, CHINA_CHANNEL, resources(locale))), { kind: 'picked', option: 'other', via: 'name' });
    });
  }
});

describe('reading rules: a commercial option at the 21Vianet question', () => {
  it('"Advisor" starts the label of "from us, while we were in the Advisor program" but names the commercial program: nothing is picked, the words are quoted', () => {
    const reading = readMessage('Advisor', CHINA_CHANNEL, resources('en-US'));
    assert.deepStrictEqual(pickOf(reading), { kind: 'none' });
    assert.deepStrictEqual(reading.kind === 'answer' ? reading.mismatches : undefined, [{ question: 'channel', words: 'Advisor' }]);
  });
  it('a commercial channel stated in a sentence ("from another CSP partner") is not read as "somewhere else"', () => {
    const reading = readMessage('they bought it from another CSP partner', CHINA_CHANNEL, resources('en-US'));
    assert.deepStrictEqual(pickOf(reading), { kind: 'none' });
    assert.equal(reading.kind === 'answer' ? reading.stated.channel : 'not an answer', undefined);
  });
  it('the same channel in the commercial Partner Center is picked as stated', () => {
    const reading = readMessage(
      'they bought it from another CSP partner',
      { kind: 'question', question: 'channel', answers: { cloud: 'global' } },
      resources('en-US'),
    );
    assert.deepStrictEqual(pickOf(reading), { kind: 'picked', option: 'otherCsp', via: 'stated' });
  });
});

describe('reading rules: the question on screen answered already', () => {
  it('its answer in a sentence is picked and is no mismatch, though the question has an answer', () => {
    const screen: Screen = { kind: 'question', question: 'channel', answers: { cloud: 'global', channel: 'open' } };
    const reading = readMessage('they bought it through EA', screen, resources('en-US'));
    assert.deepStrictEqual(pickOf(reading), { kind: 'picked', option: 'ea', via: 'stated' });
    assert.deepStrictEqual(reading.kind === 'answer' ? reading.mismatches : undefined, []);
  });
});
