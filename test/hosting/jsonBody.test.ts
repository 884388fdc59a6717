// The body reader's checks that need no server (src/hosting/http/jsonBody.ts): which headers are
// refused before a byte is read, and the parser that enforces nesting and value counts as it
// goes and otherwise builds exactly what JSON.parse builds.
import { strict as assert } from 'assert';
import { jsonTextOf, MAX_JSON_DEPTH, MAX_JSON_VALUES, parseJsonWithin } from '../../src/protocols/http/boundedJson';
import { headerProblem } from '../../src/protocols/http/bodyHeaders';

/**
 * Both ways a body is parsed: JSON.parse where the text cannot break the limits (a channel's
 * activity), the counting parser otherwise (here forced by a field limit that never binds).
 */
const PARSERS: [string, (text: string) => unknown][] = [
  ['as it comes', (text) => parseJsonWithin(text)],
  ['counting', (text) => parseJsonWithin(text, MAX_JSON_DEPTH, MAX_JSON_VALUES, { names: new Set<string>(), max: Infinity })],
];

describe('JSON body reader', () => {
  it('takes JSON in UTF-8 without compression, and nothing else', () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset="UTF-8"',
      'application/json; charset=utf8',
      'application/vnd.api+json',
    ]) {
      assert.equal(headerProblem({ 'content-type': type }, 1000), undefined, type);
    }
    assert.equal(headerProblem({ 'content-type': 'application/json', 'content-encoding': 'identity' }, 1000), undefined);
    const refused: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      {},
      { 'content-type': 'multipart/form-data; boundary=x' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'application/json; charset=utf-16' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      { 'content-type': 'application/json', 'content-encoding': 'deflate' },
      { 'content-type': 'application/json', 'content-encoding': 'identity, gzip' },
    ];
    for (const headers of refused) assert.equal(headerProblem(headers, 1000)?.status, 415, JSON.stringify(headers));
  });

  it("reads a body's text without its byte-order mark, and white space alone as no body", () => {
    const rows: [string, string, string][] = [
      ['plain JSON', '{"a":1}', '{"a":1}'],
      ['a byte-order mark before it', '\ufeff{"a":1}', '{"a":1}'],
      ['only the first mark goes', '\ufeff\ufeff1', '\ufeff1'],
      ['white space around JSON kept', ' {"a":1}\n', ' {"a":1}\n'],
      ['empty', '', ''],
      ['white space alone', ' \r\n\t', ''],
      ['a mark and white space', '\ufeff  ', ''],
      ['a mark alone', '\ufeff', ''],
    ];
    for (const [what, decoded, expected] of rows) assert.equal(jsonTextOf(decoded), expected, what);
  });

  it('refuses a declared length over the limit before reading', () => {
    assert.equal(headerProblem({ 'content-type': 'application/json', 'content-length': '1001' }, 1000)?.status, 413);
    assert.equal(headerProblem({ 'content-type': 'application/json', 'content-length': '1000' }, 1000), undefined);
  });

  it('counts nesting and values as JSON.parse builds them, ignoring what is inside strings', () => {
    const refusal = (text: string, depth?: number, values?: number): string => {
      try {
        parseJsonWithin(text, depth, values);
      } catch (error) {
        return (error as Error).message;
      }
      return 'parsed';
    };
    assert.equal(refusal('{"a":{"b":[1,2,{"c":null}]}}', 4, 100), 'parsed');
    assert.match(refusal('{"a":{"b":[1,2,{"c":null}]}}', 3, 100), /deeper than 3/);
    // Brackets and escaped quotes inside strings are text, not structure.
    assert.equal(refusal('{"a":"[[[[{{{{\\"]]]"}', 1, 100), 'parsed');
    // {"a":1,"b":[true,"x"]} holds the object, 1, the array, true and "x": five values (keys are none).
    assert.equal(refusal('{"a":1,"b":[true,"x"]}', 10, 5), 'parsed');
    assert.match(refusal('{"a":1,"b":[true,"x"]}', 10, 4), /more than 4 values/);
    assert.match(refusal(`[${'0,'.repeat(20_000)}0]`), /more than 20000 values/);
    assert.match(refusal(`${'['.repeat(15_000)}${']'.repeat(15_000)}`), /deeper than 32/);
    assert.equal(refusal(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`), 'parsed');
    assert.equal(refusal(`[${'0,'.repeat(MAX_JSON_VALUES - 2)}0]`), 'parsed');
    // While parsing: the limit is met before the malformed rest is ever reached.
    assert.match(refusal(`${'['.repeat(40)} this is not JSON`), /deeper than 32/);
    assert.match(refusal(`[${'1,'.repeat(30)} not JSON`, 32, 10), /more than 10 values/);
    assert.equal(refusal('{"a":1,}'), 'The body is not valid JSON.');
  });

  it('builds what JSON.parse builds, and refuses what JSON.parse refuses', () => {
    const valid = [
      '{}',
      '[]',
      ' \t\r\n{ "a" : [ 1 , -0 , 0.5 , -1.25e+3 , 1E-7 , 1e400 , 123456789012345678901234567890 ] } \n',
      '"plain"',
      '"esc\\"apes \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\ud83d\\ude00 lone \\ud800 end"',
      '"unicode as is: é € 😀 \u007f"',
      'true',
      'false',
      'null',
      '0',
      '-7',
      '{"__proto__":{"admin":true},"constructor":1,"toString":"x","hasOwnProperty":null}',
      '{"a":1,"b":2,"a":3}',
      '{"2":"b","1":"a","x":"c"}',
      '[[],[[]],{},{"":""}]',
      JSON.stringify({ type: 'message', text: 'hi "there"\n', channelData: { tenant: { id: 't' } }, entities: [{ type: 'clientInfo', locale: 'en-US' }] }),
    ];
    for (const [way, parse] of PARSERS) {
      for (const text of valid) {
        const parsed = parse(text);
        assert.deepEqual(parsed, JSON.parse(text), `${way}: ${text}`);
        assert.equal(JSON.stringify(parsed), JSON.stringify(JSON.parse(text)), `${way}: ${text}`);
      }
      const proto = parse('{"__proto__":{"admin":true}}') as Record<string, unknown>;
      assert.equal(Object.getPrototypeOf(proto), Object.prototype, `${way}: the prototype is untouched`);
      assert.deepEqual(Object.keys(proto), ['__proto__']);
      assert.equal(({} as Record<string, unknown>).admin, undefined);
      assert.ok(Object.is(parse('-0'), -0), way);
    }

    const invalid = [
      '',
      ' ',
      '{',
      '[1,]',
      '[,1]',
      '{"a"}',
      '{"a":}',
      '{a:1}',
      "{'a':1}",
      '01',
      '-',
      '1.',
      '.5',
      '1e',
      '+1',
      '0x10',
      'NaN',
      'Infinity',
      'tru',
      'nul',
      '"unterminated',
      '"bad \\x escape"',
      '"bad \\u12 escape"',
      '"bad \\u12G4 escape"',
      '"raw\u0001control"',
      '"raw\nnewline"',
      '[1] [2]',
      '{"a":1}}',
      '\u00a0{}',
    ];
    for (const text of invalid) {
      assert.throws(() => JSON.parse(text), SyntaxError, `JSON.parse takes ${JSON.stringify(text)}`);
      for (const [way, parse] of PARSERS) assert.throws(() => parse(text), /not valid JSON/, `${way}: ${JSON.stringify(text)}`);
    }
  });

  it('agrees with JSON.parse on thousands of generated texts, valid and cut short', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const pieces = ['a', 'é', '"', '\\', '\n', '\u0000', '😀', '\ud800', '{', ']', ' ', '__proto__'];
    const value = (depth: number): unknown => {
      const kind = random(depth > 4 ? 4 : 7);
      if (kind === 0) return random(2) === 0 ? random(1_000_000) - 500_000 : (random(1_000_000) - 500_000) / 7;
      if (kind === 1) return Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join('');
      if (kind === 2) return [true, false, null][random(3)];
      if (kind === 3) return random(1e9) * 1e300;
      if (kind === 4) return Array.from({ length: random(5) }, () => value(depth + 1));
      const object: Record<string, unknown> = {};
      for (let k = random(5); k > 0; k -= 1) object[String(pieces[random(pieces.length)]) + String(random(3))] = value(depth + 1);
      return object;
    };
    for (let n = 0; n < 3_000; n += 1) {
      const text = JSON.stringify(value(0), null, random(3) === 0 ? 2 : undefined);
      const cut = text.slice(0, random(text.length + 1));
      let expected: unknown;
      let valid = true;
      try {
        expected = JSON.parse(cut);
      } catch {
        valid = false;
      }
      for (const [way, parse] of PARSERS) {
        assert.deepEqual(parse(text), JSON.parse(text), `${way}: ${text}`);
        if (valid) assert.deepEqual(parse(cut), expected, `${way}: ${cut}`);
        else assert.throws(() => parse(cut), /not valid JSON/, `${way}: ${cut}`);
      }
    }
  });
});

describe('JSON reader: per-field limits while parsing', () => {
  const fields = { names: new Set(['value', 'channelData', 'entities']), max: 5 };

  it('counts the named top-level members together, the member itself included', () => {
    assert.deepEqual(parseJsonWithin('{"value":[1,2],"channelData":{"a":1},"text":"x"}', undefined, undefined, fields), {
      value: [1, 2],
      channelData: { a: 1 },
      text: 'x',
    });
    assert.throws(() => parseJsonWithin('{"value":[1,2],"channelData":{"a":1,"b":2}}', undefined, undefined, fields), /may hold at most 5 values/);
  });

  it('stops at the first value past the limit: text after it is never read', () => {
    // Malformed after the sixth value: a parser that read on would say "not valid JSON".
    assert.throws(() => parseJsonWithin('{"value":[{},{},{},{},{},{} this is not JSON', undefined, undefined, fields), /may hold at most 5 values/);
  });

  it('leaves other members and nested members of the same names alone', () => {
    const text = `{"text":[${'0,'.repeat(50)}0],"attachments":[{"value":[${'1,'.repeat(50)}1]}]}`;
    assert.deepEqual(parseJsonWithin(text, undefined, undefined, fields), JSON.parse(text));
  });

  it('builds a text that cannot break the limits with JSON.parse, and counts one that could', () => {
    // At the depth limit in brackets inside a string: no nesting, yet the bracket count says "could".
    const bracketsInText = JSON.stringify({ text: '['.repeat(MAX_JSON_DEPTH + 1) });
    assert.deepEqual(parseJsonWithin(bracketsInText), JSON.parse(bracketsInText));
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    assert.throws(() => parseJsonWithin(deep), /deeper than/);
    const justDeepEnough = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    assert.deepEqual(parseJsonWithin(justDeepEnough), JSON.parse(justDeepEnough));
    // Objects and arrays in turn: neither kind alone is past the limit, the two together are.
    const levels = MAX_JSON_DEPTH + 1;
    const mixed = `${'[{"a":'.repeat(Math.ceil(levels / 2))}0${'}]'.repeat(Math.ceil(levels / 2))}`;
    assert.throws(() => parseJsonWithin(mixed), /deeper than/);
    const mixedDeepEnough = `${'[{"a":'.repeat(MAX_JSON_DEPTH / 2)}0${'}]'.repeat(MAX_JSON_DEPTH / 2)}`;
    assert.deepEqual(parseJsonWithin(mixedDeepEnough), JSON.parse(mixedDeepEnough));
    const many = `[${'0,'.repeat(MAX_JSON_VALUES)}0]`;
    assert.throws(() => parseJsonWithin(many), /values/);
    const manyButFew = `[${'0,'.repeat(MAX_JSON_VALUES / 2 - 2)}0]`;
    assert.equal((parseJsonWithin(manyButFew) as unknown[]).length, MAX_JSON_VALUES / 2 - 1);
  });
});
