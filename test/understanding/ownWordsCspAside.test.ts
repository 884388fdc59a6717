// Own words: the customer's seller, described in an aside as a CSP ("their old integrator (they're
// a CSP too)", «интегратор (он у них CSP)», "代理商（也是CSP）", "a partneréről (az is CSP)",
// "integrador atual (que também é CSP)"), is another CSP partner: the channel is otherCsp. Our own
// company described the same way is no channel of the customer's.
import { checkKind } from './kindCheck';

describe("own words: the customer's seller described in an aside as a CSP", () => {
  checkKind([
    [
      'en-US',
      'the customer wants to leave their old integrator (they’re a CSP too) and move the M365 licences to us',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'клиент хочет уйти от своего интегратора (он у них CSP), Azure будем вести мы', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客户的Azure原来是一家代理商（也是CSP）开的，现在想换到我们这边', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'o cliente quer sair do integrador atual (que também é CSP) e trazer o Azure pra gente', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'az ügyfél le akar válni a mostani partneréről (az is CSP), az Azure-t mi számláznánk', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('own words: our own company described as a CSP is no channel', () => {
  checkKind([
    ['en-US', 'we are an integrator (also a CSP), the customer has Azure', { service: 'usage' }],
    ['ru-RU', 'мы интегратор (мы тоже CSP), у клиента Azure', { service: 'usage' }],
    ['zh-CN', '我们公司（也是CSP）在跟进，客户用的是Azure', { service: 'usage' }],
    ['pt-BR', 'nossa empresa (que também é CSP) atende o cliente, ele usa Azure', { service: 'usage' }],
    ['hu-HU', 'mi integrátor vagyunk (mi is CSP), az ügyfélnek Azure-ja van', { service: 'usage' }],
  ]);
});
