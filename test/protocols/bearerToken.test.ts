// What an Authorization header must look like before a token is looked at, with a registration
// (src/protocols/http/entryAnswers.ts): `Bearer` and three base64url parts. Anything else is
// refused before the body is read; the token itself is the SDK's to judge.
import { strict as assert } from 'assert';
import { bearerTokenProblem } from '../../src/protocols/http/entryAnswers';

describe('Bearer token shape', () => {
  it('takes Bearer and a compact JWS, an empty signature included (the SDK refuses alg none itself)', () => {
    for (const header of [
      'Bearer a.b.c',
      'Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln-_',
      'Bearer not.a.token',
      'Bearer eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.',
    ]) {
      assert.equal(bearerTokenProblem(header), undefined, header);
    }
  });

  it('refuses no header, other schemes and anything but three base64url parts', () => {
    assert.match(bearerTokenProblem(undefined)!, /no Authorization header/);
    assert.match(bearerTokenProblem('')!, /no Authorization header/);
    for (const header of [
      'Bearer ',
      'Bearer',
      'bearer a.b.c',
      'BEARER a.b.c',
      'Basic dXNlcjpwYXNz',
      'Bearer a.b',
      'Bearer a.b.c.d',
      'Bearer .b.c',
      'Bearer a..c',
      'Bearer a.b.c ',
      ' Bearer a.b.c',
      'Bearer  a.b.c',
      'Bearer a+b.c/d.e=',
      'Bearer a.b.c, Bearer d.e.f',
      'bearer x'.repeat(200),
    ]) {
      assert.match(bearerTokenProblem(header)!, /not a bearer token/, header);
    }
  });
});
