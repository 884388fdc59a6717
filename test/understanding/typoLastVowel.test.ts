// Kind "typo": a long word typed in a hurry without the vowel of its last syllable ("transfr",
// "resellr", «дистрибьютр», "distribuidr", "partnr") is the one lexicon word with that vowel
// put back before its last consonant, even after a stem the reader knows (after one, only swapped
// or doubled letters were corrected, so as not to take a form of a word for a typo).
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('kind: typo, the vowel of the last syllable left out of a long word', () => {
  checkKind([
    ['en-US', 'cust wants to transfr the o365 to us', { service: 'license', goal: 'move' }],
    ['ru-RU', 'мы дистрибьютр, клиент хочет поддержку Office 365', { partnerType: 'indirectProvider', service: 'license', goal: 'support' }],
    ['zh-CN', '我们是T2 resellr，客户想要支持Office 365', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
    ['pt-BR', 'somos distribuidr, cliente quer suporte no Office 365', { partnerType: 'indirectProvider', service: 'license', goal: 'support' }],
    ['hu-HU', 'mi közvetlen partnr vagyunk, az ügyfél támogatást kér az Office 365-höz', { partnerType: 'direct', service: 'license', goal: 'support' }],
  ]);
});

describe('kind: typo, a word ending in a vowel or in a form of a known word is not given a vowel', () => {
  it('en-US: "partners" and "transfers" read as written', () => {
    assert.deepStrictEqual(understand('two partners, the customer transfers the o365 to us').answers, { service: 'license', goal: 'move' });
  });
});
