// What a result takes of the deployment's content, and when a row is due for review: each part
// only when there is one (no key holding nothing), and a review as old as the deployment allows
// still fresh.
import { strict as assert } from 'assert';
import { DeploymentContent, resultContent } from '../../src/domain/deploymentContent';
import { rowsDueForReview } from '../../src/domain/freshness';
import type { PolicyEdition } from '../../src/domain/policy';

const LINK_URLS = { gdap: 'https://mirror.example.com/{locale}/gdap' };

describe("a result's share of the deployment's content", () => {
  it('holds only the parts there are: the links alone, or the review alone', () => {
    const links: DeploymentContent = { overlay: { linkUrls: LINK_URLS, languages: {} }, reviewDue: new Set() };
    assert.deepStrictEqual(resultContent(links, 'en-US', 'G1'), { linkUrls: LINK_URLS });
    const due: DeploymentContent = { reviewDue: new Set(['G1']) as DeploymentContent['reviewDue'] };
    assert.deepStrictEqual(resultContent(due, 'en-US', 'G1'), { reviewDue: true });
  });

  it('holds the partner section alone when the overlay has words for the row but no links', () => {
    const content: DeploymentContent = {
      overlay: { languages: { 'en-US': { name: 'Tailspin', rows: { G1: { steps: ['Call us first.'] } } } } },
      reviewDue: new Set(),
    };
    const result = resultContent(content, 'en-US', 'G1');
    assert.deepStrictEqual(Object.keys(result ?? {}), ['partner']);
  });
});

describe('rows due for review', () => {
  const edition = (reviewed: string): PolicyEdition => ({ id: '2026-11', rows: [{ row: 'G1', reviewed }] }) as unknown as PolicyEdition;

  it('keeps a row reviewed exactly the allowed days ago fresh, and names it one day later', () => {
    assert.deepEqual(rowsDueForReview(edition('2026-01-01'), '2026-01-31', 30), []);
    assert.deepEqual(rowsDueForReview(edition('2026-01-01'), '2026-02-01', 30), ['G1']);
  });
});
