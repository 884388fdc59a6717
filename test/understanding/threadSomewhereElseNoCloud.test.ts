// A reply in a pasted mail says the product came "from somewhere else" (别的地方: the other channel,
// which only the 21Vianet Partner Center has), and no part of the thread names the cloud. No cloud
// is stated, so there is none the channel is missing from: the channel is asked plainly, naming
// no words as a channel said in another cloud, and nothing is answered for it.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('thread: "somewhere else" with no cloud in the thread is asked plainly', () => {
  it('zh-CN: a mail reply, no cloud named', () => {
    const got = understand('客户回复：\n\n发件人：李伟\n发送时间：周一 9:10\n主题：RE: 订阅\n\nOffice 365是从别的地方买的，一家本地经销商。');
    assert.deepStrictEqual(
      { answers: got.answers, conflicts: got.conflicts, unsettled: got.unsettled, said: got.said },
      { answers: { service: 'license' }, conflicts: [], unsettled: undefined, said: undefined },
    );
  });
});
