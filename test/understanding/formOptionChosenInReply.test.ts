// Options one a line, then a line whose label's colon is followed by one letter or number alone
// ("客户回复：“A。”", "Their answer: b"): the reply chooses that option, the others are not chosen.
// Option marks may be a full-width bracket ("A）").
import { checkKind } from './kindCheck';

describe('a form: the option chosen in a reply under the list', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 E3，两个选择：\nA）只做日常运维\nB）把账单转到我们这里\n客户回复：“A。”', { service: 'license', goal: 'support' }],
    ['zh-CN', '可选：\nA）只做日常运维\nB）把 Office 365 E3 的账单转到我们这里\n对方答复：B', { service: 'license', goal: 'move' }],
    ['en-US', 'Two choices:\na) support only\nb) take over the billing of their Microsoft 365\nTheir answer: b', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Opções:\n1) só suporte\n2) transferir a cobrança do Microsoft 365 para nós\nResposta do cliente: 2', { service: 'license', goal: 'move' }],
    // No reply: both options are still open.
    ['zh-CN', '两个选择：\nA）只做日常运维\nB）把 Office 365 E3 的账单转到我们这里', { service: 'license' }, ['goal']],
  ]);
});
