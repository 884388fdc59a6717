// Which users a conversation knows to have no profile (conversation/channel/profileMemo.ts), from
// tables written by hand: when the memo lets a turn skip the profile's read, and what the memo
// becomes after a turn that read it. The digests are SHA-256 of the storage keys, base64url, 12
// characters, worked out apart from the code.
import { strict as assert } from 'assert';
import { knownWithoutProfile, memoAfter, NoProfileMemo, ProfileFound } from '../../src/conversation/channel/profileMemo';

const ADA = 'webchat/users/ada/';
const ADA_DIGEST = 'XO8XoYs4DTon';
const BEN_DIGEST = '4acWK6CeXgd9';
const CY_DIGEST = 'tKjLehmkH7Fo';
const NOW = 50_000_000;
const MINUTE = 60_000;
const memo = (at: number, keys: string): Record<string, unknown> => ({ usersWithoutProfile: { at, keys } });
/** Twenty other users' digests: as many as a conversation remembers. */
const others = (n: number): string => Array.from({ length: n }, (_, i) => String(i).padStart(12, '0')).join('');

describe('Profile memo: users a conversation knows to have no profile', () => {
  it("skips the read only for a user a fresh, well-formed memo holds at a digest's boundary", () => {
    const rows: [string, Record<string, unknown>, boolean][] = [
      ['no memo', {}, false],
      ['a fresh memo holding the user', memo(NOW - MINUTE, BEN_DIGEST + ADA_DIGEST), true],
      ['a fresh memo holding someone else', memo(NOW - MINUTE, BEN_DIGEST + CY_DIGEST), false],
      ['a memo a moment short of ten minutes old', memo(NOW - 10 * MINUTE + 1, ADA_DIGEST), true],
      ['a memo ten minutes old is read again', memo(NOW - 10 * MINUTE, ADA_DIGEST), false],
      ['a memo from the future is not trusted', memo(NOW + 1, ADA_DIGEST), false],
      ["the user's digest across two others' is not them", memo(NOW - MINUTE, `ab${ADA_DIGEST}cdefghijkl`), false],
      ['a memo whose time is no number', memo(NaN, ADA_DIGEST), false],
      ['a memo whose time is text', { usersWithoutProfile: { at: String(NOW), keys: ADA_DIGEST } }, false],
      ['a memo whose keys are no text', { usersWithoutProfile: { at: NOW, keys: [ADA_DIGEST] } }, false],
      ['a memo that is text', { usersWithoutProfile: ADA_DIGEST }, false],
      ['a null memo', { usersWithoutProfile: null }, false],
    ];
    for (const [what, conversation, expected] of rows) assert.equal(knownWithoutProfile(conversation, ADA, NOW), expected, what);
  });

  it('keeps the memo right after a turn that read the profile: out once they have one, in (up to twenty) when none was found', () => {
    const at = NOW - 3 * MINUTE;
    const stale = NOW - 11 * MINUTE;
    const rows: [string, Record<string, unknown>, ProfileFound, NoProfileMemo | undefined][] = [
      ['none found, no memo: a new one from now', {}, 'none', { at: NOW, keys: ADA_DIGEST }],
      ['none found, a stale memo: a new one from now', memo(stale, BEN_DIGEST), 'none', { at: NOW, keys: ADA_DIGEST }],
      ["none found, a fresh memo: added, the memo's age kept", memo(at, BEN_DIGEST), 'none', { at, keys: BEN_DIGEST + ADA_DIGEST }],
      ['none found, already held: left as it is', memo(at, BEN_DIGEST + ADA_DIGEST), 'none', undefined],
      ['none found, nineteen held: the twentieth added', memo(at, others(19)), 'none', { at, keys: others(19) + ADA_DIGEST }],
      ['none found, twenty held: left as it is (read as before)', memo(at, others(20)), 'none', undefined],
      [
        'a profile now, held: taken out, the others kept in order',
        memo(at, BEN_DIGEST + ADA_DIGEST + CY_DIGEST),
        'profile',
        { at, keys: BEN_DIGEST + CY_DIGEST },
      ],
      ['a profile now, the only one held: an empty memo', memo(at, ADA_DIGEST), 'profile', { at, keys: '' }],
      ['a profile now, not held: left as it is', memo(at, BEN_DIGEST), 'profile', undefined],
      ['a profile now, no memo: nothing to write', {}, 'profile', undefined],
      ['a profile now, held in a stale memo: left (no one trusts it)', memo(stale, ADA_DIGEST), 'profile', undefined],
    ];
    for (const [what, conversation, found, expected] of rows) assert.deepEqual(memoAfter(conversation, ADA, NOW, found), expected, what);
  });
});
