// Kind "negation past a doubt": a negation before an answer does not reach it across a doubt
// between them: "No probably EA" reads as "No, probably EA" (the question's answer said no to,
// EA doubted and asked about), not as "not EA".
import { checkDoubted } from './kindCheck';
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: negation past a doubt, "no probably EA" after a question', () => {
  checkDoubted([
    ['en-US', 'They bought Office 365. Through Open? Nope probably EA.', { service: 'license' }, { channel: 'ea' }],
    ['en-US', 'They bought Office 365. Was it through Open Value? No probably EA.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Купили Office 365. Через Open? Нет наверное через EA.', { service: 'license' }, { channel: 'ea' }],
    // Written against the doubt, no space between.
    ['zh-CN', '客户买的是 Office 365，通过 Open？不是可能是企业协议。', { service: 'license' }, { channel: 'ea' }],
    ['pt-BR', 'Compraram Office 365. Foi pelo Open? Não provavelmente pelo EA.', { service: 'license' }, { channel: 'ea' }],
    ['hu-HU', 'Office 365-öt vettek. Openen? Nem talán EA-n.', { service: 'license' }, { channel: 'ea' }],
  ]);
  it("en-US: the question's answer is said no to", () => {
    assert.deepStrictEqual(understand('They bought Office 365. Was it through Open Value? No probably EA.').negated, ['channel']);
  });
});

describe('kind: negation past a doubt, a doubt before the negation or after the answer leaves it', () => {
  checkDoubted([['en-US', 'Not EA, probably Open.', {}, { channel: 'open' }]]);
  it('en-US: Probably not EA.', () => {
    const got = understand('Probably not EA.');
    assert.deepStrictEqual({ answers: got.answers, hedged: got.hedged ?? {}, negated: got.negated }, { answers: {}, hedged: {}, negated: ['channel'] });
  });
});
