import { strict as assert } from 'assert';
import { containsWords, matchCommand, matchOption, normalize } from '../../src/domain/matching';

const partnerTypes = [
  { id: 'direct', label: 'Direct-bill partner', synonyms: ['direct', 'T1'] },
  { id: 'indirectProvider', label: 'Indirect provider', synonyms: ['provider', 'distributor'] },
  { id: 'indirectReseller', label: 'Indirect reseller', synonyms: ['reseller'] },
];

describe('typed answer matching', () => {
  it('folds case, accents, full-width characters and punctuation', () => {
    assert.equal(normalize('  Közvetett  VISZONTELADÓ! '), 'kozvetett viszontelado');
    assert.equal(normalize('１２３ＡＢＣ'), '123abc');
    assert.equal(normalize('Ёлка'), 'елка');
  });

  it('takes the number shown on the card, in any width', () => {
    assert.deepEqual(matchOption('2', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'number' });
    assert.deepEqual(matchOption('３', partnerTypes), { kind: 'match', id: 'indirectReseller', via: 'number' });
    assert.deepEqual(matchOption('4', partnerTypes), { kind: 'none' });
    assert.deepEqual(matchOption('0', partnerTypes), { kind: 'none' });
  });

  it('takes a whole label or synonym, then an unambiguous part of a label', () => {
    assert.deepEqual(matchOption('indirect RESELLER', partnerTypes), { kind: 'match', id: 'indirectReseller', via: 'label' });
    assert.deepEqual(matchOption('t1', partnerTypes), { kind: 'match', id: 'direct', via: 'name' });
    assert.deepEqual(matchOption('direct-bill', partnerTypes), { kind: 'match', id: 'direct', via: 'partial' });
    assert.deepEqual(matchOption('indirect prov', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'partial' });
  });

  it('takes a label with the number the card shows before it, and asks when the two disagree', () => {
    assert.deepEqual(matchOption('2 · Indirect provider', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'label' });
    assert.deepEqual(matchOption('2. indirect provider', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'label' });
    assert.deepEqual(matchOption('9 · Indirect provider', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'label' });
    assert.deepEqual(matchOption('1 · Indirect provider', partnerTypes), { kind: 'ambiguous', ids: ['direct', 'indirectProvider'] });
  });

  it('reports ambiguity instead of guessing', () => {
    assert.deepEqual(matchOption('indirect', partnerTypes), { kind: 'ambiguous', ids: ['indirectProvider', 'indirectReseller'] });
  });

  it('finds a synonym inside a sentence, as whole words only', () => {
    assert.deepEqual(matchOption('we are a reseller for Contoso', partnerTypes), { kind: 'match', id: 'indirectReseller', via: 'sentence' });
    assert.deepEqual(matchOption('predictable', partnerTypes), { kind: 'none' }, 'no match inside a longer word');
  });

  it('matches Chinese without word boundaries', () => {
    const options = [
      { id: 'support', label: '在现有位置管理和支持订阅', synonyms: ['支持'] },
      { id: 'move', label: '将订阅转移给您', synonyms: ['转移'] },
    ];
    assert.deepEqual(matchOption('客户希望转移', options), { kind: 'match', id: 'move', via: 'sentence' });
    const channels = [
      { id: 'ea', label: '通过企业协议 (EA)', synonyms: ['EA', '企业协议'] },
      { id: 'open', label: '通过 Open 许可', synonyms: ['Open'] },
    ];
    assert.deepEqual(matchOption('客户是通过EA购买的', channels), { kind: 'match', id: 'ea', via: 'sentence' }, 'Latin word right next to Chinese');
    assert.deepEqual(matchOption('客户通过EAX购买', channels), { kind: 'none' }, 'but not inside a longer Latin word');
  });

  it('does not match empty, blank or very short fragments', () => {
    assert.deepEqual(matchOption('', partnerTypes), { kind: 'none' });
    assert.deepEqual(matchOption('   ', partnerTypes), { kind: 'none' });
    assert.deepEqual(matchOption('in', partnerTypes), { kind: 'none' });
  });

  it('recognises a command only as the whole message', () => {
    const commands = [
      { id: 'back', phrases: ['back', 'go back'] },
      { id: 'help', phrases: ['help', '?'] },
    ];
    assert.equal(matchCommand('Back', commands), 'back');
    assert.equal(matchCommand('/help', commands), 'help');
    assert.equal(matchCommand('?', commands), 'help');
    assert.equal(matchCommand('the customer came back to us', commands), undefined);
  });

  it('finds no empty needle, and finds Chinese across the spaces of either text', () => {
    assert.equal(containsWords('abc', ''), false);
    assert.equal(containsWords('', ''), false);
    assert.equal(containsWords('客户 希望 转移', '希望转移'), true);
    assert.equal(containsWords('请申请GDAP', '申请 GDAP'), true);
  });

  it('takes a number of up to three digits, and a label with such a number before it', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `o${i + 1}`, label: `Option ${String.fromCharCode(97 + i)}`, synonyms: [] }));
    assert.deepEqual(matchOption('12', twelve), { kind: 'match', id: 'o12', via: 'number' });
    assert.deepEqual(matchOption('12 · Option l', twelve), { kind: 'match', id: 'o12', via: 'label' });
    assert.deepEqual(matchOption('10 · Indirect provider', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'label' });
  });

  it('reads a number before a label only at the start of the message', () => {
    assert.deepEqual(matchOption('see 1 indirect provider', partnerTypes), { kind: 'match', id: 'indirectProvider', via: 'sentence' });
  });

  it('matches nothing on a message that folds to nothing, even against a label that does', () => {
    assert.deepEqual(matchOption('', [{ id: 'dash', label: '—', synonyms: [] }]), { kind: 'none' });
    assert.deepEqual(matchOption('!!', [{ id: 'dash', label: '—', synonyms: [] }]), { kind: 'none' });
  });

  it('takes the start of a label from three letters, and from two Chinese characters', () => {
    assert.deepEqual(matchOption('dir', partnerTypes), { kind: 'match', id: 'direct', via: 'partial' });
    const options = [
      { id: 'support', label: '在现有位置管理和支持订阅', synonyms: [] },
      { id: 'move', label: '将订阅转移给您', synonyms: [] },
    ];
    assert.deepEqual(matchOption('转移', options), { kind: 'match', id: 'move', via: 'partial' });
    assert.deepEqual(matchOption('转', options), { kind: 'none' });
  });

  it('takes the longest synonym found in a sentence, whatever order the options are in', () => {
    const options = [
      { id: 'reseller', label: 'Reseller', synonyms: ['reseller'] },
      { id: 'indirect', label: 'Indirect', synonyms: ['indirect reseller'] },
      { id: 'csp', label: 'CSP', synonyms: ['csp'] },
    ];
    assert.deepEqual(matchOption('we are an indirect reseller', options), { kind: 'match', id: 'indirect', via: 'sentence' });
    assert.deepEqual(matchOption('an indirect reseller and a csp', options), { kind: 'match', id: 'indirect', via: 'sentence' });
  });

  it('gives a phrase two commands share to the first, and reads a slash only at the start', () => {
    const commands = [
      { id: 'back', phrases: ['back', 'go back'] },
      { id: 'help', phrases: ['help'] },
      { id: 'undo', phrases: ['back', 'undo'] },
    ];
    assert.equal(matchCommand('back', commands), 'back');
    assert.equal(matchCommand('undo', commands), 'undo');
    assert.equal(matchCommand('  /help', commands), 'help');
    assert.equal(matchCommand('go/back', commands), 'back');
    assert.equal(matchCommand('no/help', commands), undefined);
  });

  it('recognises no command in a message that folds to nothing, even where a phrase does', () => {
    assert.equal(matchCommand('', [{ id: 'odd', phrases: ['--'] }]), undefined);
    assert.equal(matchCommand('!!', [{ id: 'odd', phrases: ['--'] }]), undefined);
  });
});
