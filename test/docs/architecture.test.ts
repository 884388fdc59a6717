// docs/architecture.md's picture is the one the route tables draw: a route, a handler or an HTTP
// path added, moved or removed in the code changes the picture, and this test fails until the
// document shows it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../support/paths';
import { architecturePicture, handlersByRoute } from '../support/architecturePicture';

const DOC = path.join(PROJECT_ROOT, 'docs', 'architecture.md');

describe('docs/architecture.md', () => {
  it('shows the picture the route tables draw', async () => {
    const text = fs.readFileSync(DOC, 'utf8');
    const found = /<!-- picture:start -->\n([\s\S]*?)\n<!-- picture:end -->/.exec(text);
    assert.ok(found, 'the picture markers are in the document');
    const expected = await architecturePicture();
    assert.equal(found[1], expected, `Paste this between the picture markers:\n${expected}`);
  });

  it("draws each click with its own feature's handler, seen by running the table (the drawing reads the code, not a list)", async () => {
    const byRoute = new Map((await handlersByRoute()).map((r) => [r.route, r.calls]));
    assert.deepEqual(byRoute.get('click partnerCenter (invoke)'), ['actions.click']);
    assert.deepEqual(byRoute.get('click myCases (message)'), ['cases.click']);
    assert.deepEqual(byRoute.get('click teamCases (invoke)'), ['team.click']);
    assert.deepEqual(byRoute.get('click followUp (invoke)'), ['followUps.click']);
    assert.deepEqual(byRoute.get('click advisor (invoke)'), ['advisor.cardAction']);
    assert.deepEqual(byRoute.get('text'), ['cases.onMessage', 'team.onMessage', 'actions.typedCode', 'advisor.message']);
  });
});
