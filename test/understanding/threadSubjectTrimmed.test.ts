// Kind "thread": the subject line, read as the thread's oldest part, is its words only: the reply
// mark before them and the spaces after them are not part of it.
import * as assert from 'assert';
import { threadParts } from './threadParts';

describe('kind: thread, the subject part is its words only', () => {
  it('drops the spaces a subject line ends with', () => {
    assert.deepStrictEqual(threadParts('From: Ana\nSent: Monday\nSubject: RE: Office 365 licences   \n\nThey bought it through an EA.'), [
      'They bought it through an EA.',
      'Office 365 licences',
    ]);
  });
});
