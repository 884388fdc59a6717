// The token benchmark's harness works (not a timing assertion): a tiny run times each way, and the
// SDK's checks per request are what each way promises: two, two in all for one token kept, two again
// for a new token every request.
import { strict as assert } from 'assert';
import { WAYS, formatTokens, runTokens } from '../bench/tokens';

describe('token benchmark harness (tiny run)', function () {
  this.timeout(60_000);

  it("counts the SDK's checks per request each way and prints one row per way", async () => {
    const results = await runTokens(2, 40);
    assert.equal(results.ways['SDK, each request'].sdkChecksPerRequest, 2);
    // The token's first request is checked twice, the other 39 not at all.
    assert.equal(results.ways['kept, one token'].sdkChecksPerRequest, 2 / 40);
    assert.equal(results.ways['kept, a new token each request'].sdkChecksPerRequest, 2);
    for (const way of WAYS) {
      assert.equal(results.ways[way].micros.length, 2);
      assert.ok(results.ways[way].micros.every((micros) => micros > 0));
    }
    const table = formatTokens(results);
    for (const way of WAYS) assert.match(table, new RegExp(`\\| ${way} \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\|`));
  });
});
