// Kind "either/or": a channel that is otherwise background ("their old reseller": what the
// customer once had, an answer only when nothing else says where they bought) is, offered as one
// of two options, an option like the other: "their old reseller or their EA, nobody's sure" asks
// the channel. It read EA, the other option, as the answer (a wrong value).
import { checkKind } from './kindCheck';

describe('kind: either/or, a background channel offered as one of two options is asked about, never dropped', () => {
  checkKind([
    ['en-US', "They either bought Azure through their old reseller or it's part of their EA, nobody's sure.", { service: 'usage' }, ['channel']],
    ['ru-RU', 'Azure они купили либо у своего бывшего реселлера, либо по EA, никто не знает.', { service: 'usage' }, ['channel']],
    ['zh-CN', 'Azure要么是通过他们以前的经销商买的，要么是EA，没人知道。', { service: 'usage' }, ['channel']],
    ['pt-BR', 'O Azure foi comprado pelo antigo revendedor ou pelo EA, ninguém sabe.', { service: 'usage' }, ['channel']],
    ['hu-HU', 'Az Azure-t vagy a korábbi viszonteladójuktól vették, vagy EA-n keresztül, senki sem tudja.', { service: 'usage' }, ['channel']],
    ['en-US', 'They bought Azure through an EA. Their old reseller is gone.', { channel: 'ea', service: 'usage' }],
  ]);
});
