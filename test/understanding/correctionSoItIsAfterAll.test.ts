// Kind "either-or": "então é EA mesmo" after the two options and the evidence settles the
// choice, a conclusion that replaces what was asked. Read before as the either/or still open:
// "perguntei se é do EA ou do MPSA… então é EA mesmo" asked the channel.
import { checkKind } from './kindCheck';

describe('kind: "então é X mesmo" after an either/or settles it', () => {
  checkKind([
    ['pt-BR', 'Perguntei se o Office 365 é do Open ou do EA. Mandaram print do contrato, então é EA mesmo.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Perguntei se o Office 365 é do EA ou do Open. Mandaram print, então é Open Value mesmo.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Azure do EA ou de outro CSP? Vi o portal: logo, é o EA mesmo.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Azure do EA ou de outro CSP, ainda não sei.', { service: 'usage' }, ['channel']],
  ]);
});
