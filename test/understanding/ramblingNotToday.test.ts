// Kind "rambling": a product or channel named in passing and then put off for today ("but that's
// not for today", «но это не про сегодня», "mas isso não é pra hoje", "de az most
// nem aktuális") answers nothing: the clause before those words is set aside, as with "that's
// another topic". Chinese already read "那个以后再说" (its case is a guard); "那个先不管" is not
// read yet.
import { checkKind } from './kindCheck';

describe('kind: rambling, what is put off for today answers nothing', () => {
  checkKind([
    ['en-US', 'Azure bought through an EA. They also mentioned Dynamics 365 via Open, but that is not for today.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Azure купили по EA. Ещё упомянули Dynamics 365 через Open, но это вообще не про сегодня.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Azure是通过EA买的。另外他们还问过Dynamics 365，那个以后再说。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Azure foi comprado por EA. Também falaram do Dynamics 365 via Open, mas isso não é pra hoje.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az Azure-t EA-n vették. Szóba jött, hogy Dynamics 365-öt is vennének, de az most nem aktuális.', { channel: 'ea', service: 'usage' }],
  ]);
});
