// The body reader's checks that need no server (src/hosting/http/jsonBody.ts): which headers are
// refused before a byte is read, and the nesting and value counts taken from the text unparsed.
import { strict as assert } from 'assert';
import type { IncomingMessage } from 'http';
import { headerProblem, jsonShapeProblem } from '../../src/hosting/http/jsonBody';

const request = (headers: Record<string, string>): IncomingMessage => ({ headers }) as unknown as IncomingMessage;

describe('JSON body reader', () => {
  it('takes JSON in UTF-8 without compression, and nothing else', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"', 'application/vnd.api+json']) {
      assert.equal(headerProblem(request({ 'content-type': type }), 1000), undefined, type);
    }
    assert.equal(headerProblem(request({ 'content-type': 'application/json', 'content-encoding': 'identity' }), 1000), undefined);
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
    for (const headers of refused) assert.equal(headerProblem(request(headers), 1000)?.status, 415, JSON.stringify(headers));
  });

  it('refuses a declared length over the limit before reading', () => {
    assert.equal(headerProblem(request({ 'content-type': 'application/json', 'content-length': '1001' }), 1000)?.status, 413);
    assert.equal(headerProblem(request({ 'content-type': 'application/json', 'content-length': '1000' }), 1000), undefined);
  });

  it('counts nesting and values as JSON.parse would build them, ignoring what is inside strings', () => {
    assert.equal(jsonShapeProblem('{"a":{"b":[1,2,{"c":null}]}}', 4, 100), undefined);
    assert.match(jsonShapeProblem('{"a":{"b":[1,2,{"c":null}]}}', 3, 100)!, /deeper than 3/);
    // Brackets and escaped quotes inside strings are text, not structure.
    assert.equal(jsonShapeProblem('{"a":"[[[[{{{{\\"]]]"}', 2, 100), undefined);
    // {"a":1,"b":[true,"x"]} holds the object, 1, the array, true and "x": five values.
    assert.equal(jsonShapeProblem('{"a":1,"b":[true,"x"]}', 10, 5), undefined);
    assert.match(jsonShapeProblem('{"a":1,"b":[true,"x"]}', 10, 4)!, /more than 4 values/);
    assert.match(jsonShapeProblem(`[${'0,'.repeat(20_000)}0]`)!, /more than 20000 values/);
    assert.match(jsonShapeProblem(`${'['.repeat(15_000)}${']'.repeat(15_000)}`)!, /deeper than 32/);
  });
});
