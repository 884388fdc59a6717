// Kind "spoken": a call transcript where the customer names a channel, the agent then asks about
// another one and the customer is not sure. The doubt is newer than the first answer and puts the
// channel in doubt: it is asked, naming the option the question said (EA), and the older answer
// does not decide it. (Only a cloud implied by a doubted option's words leaves an older one
// standing.)
import { checkDoubted } from './kindCheck';

describe('kind: spoken, a doubt about a channel asked after the customer named another', () => {
  checkDoubted([
    ['en-US', 'Customer: we bought it through a CSP partner\nAgent: did they buy it through EA?\nCustomer: not sure', {}, { channel: 'ea' }],
    ['ru-RU', 'Клиент: мы купили через CSP-партнёра\nАгент: они покупали через EA?\nКлиент: не знаю', {}, { channel: 'ea' }],
    ['zh-CN', '客户：我们是通过CSP合作伙伴买的\n客服：是通过EA买的吗？\n客户：不确定', {}, { channel: 'ea' }],
    ['pt-BR', 'Cliente: compramos por um parceiro CSP\nAgente: eles compraram pelo EA?\nCliente: não sei', {}, { channel: 'ea' }],
    ['hu-HU', 'Ügyfél: egy CSP partnertől vásároltuk\nÜgyintéző: EA-n keresztül vették?\nÜgyfél: nem tudom', {}, { channel: 'ea' }],
  ]);
});
