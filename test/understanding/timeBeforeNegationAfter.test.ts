// A time said between an agreement and the negation after it ("EA в прошлом году не продлили",
// "EA 去年没有续签") still negates the agreement: the year is a filler word, not a new clause, so
// the channel said after it (since then Open Value) stands alone instead of making a conflict.
import { checkKind } from './kindCheck';

describe('a time between a mention and its negation after it', () => {
  checkKind([
    ['ru-RU', 'Их EA в позапрошлом году не продлили, теперь лицензии Visio идут через Open Value.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'EA у заказчика в 2022 году не продлили, с тех пор Project берут по Open Value.', { channel: 'open', service: 'license' }],
    ['zh-CN', '这家客户的 EA 前年就没有续签，Visio 后来一直走 Open Value。', { channel: 'open', service: 'license' }],
    ['zh-CN', '企业协议 2022年底没续签，Project 现在用 Open Value 买。', { channel: 'open', service: 'license' }],
    ['en-US', 'Their EA two years back was not renewed, Visio has been on Open Value ever since.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O EA deles no ano retrasado não foi renovado, o Visio passou para o Open Value.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az EA-t tavalyelőtt nem hosszabbították meg, a Visio azóta Open Value-n megy.', { channel: 'open', service: 'license' }],
    // Near misses: renewed, the agreement stands beside the other channel.
    ['ru-RU', 'EA в прошлом году продлили, а Visio по Open Value.', { service: 'license' }, ['channel']],
    ['zh-CN', 'EA 去年续签了，Visio 走 Open Value。', { service: 'license' }, ['channel']],
  ]);
});
