// "They had EA, but now CSP": a bare CSP names no channel (whose CSP is asked), yet said as what
// is so now it takes back the channel said before: the channel is asked, not read as the past
// one. Another CSP partner said there is read; CSP that is wished for ("now they want to move to
// CSP") takes back nothing, nor does the Advisor program this partner left for CSP.
import { checkKind, checkRead } from './kindCheck';

describe('correction: a bare CSP said now takes back the channel said before', () => {
  checkRead([
    ['en-US', 'They were on an EA, but now CSP.', {}, { negated: ['channel'] }],
    ['en-US', 'Previously an EA, now perhaps CSP.', {}, { negated: ['channel'] }],
    ['ru-RU', 'Раньше был EA, а теперь CSP.', {}, { negated: ['channel'] }],
    ['zh-CN', '以前走EA，现在是CSP。', {}, { negated: ['channel'] }],
    ['pt-BR', 'Antigamente era EA, agora é CSP.', {}, { negated: ['channel'] }],
    ['hu-HU', 'Korábban EA-n voltak, most CSP.', {}, { negated: ['channel'] }],
    ['hu-HU', 'Régebben EA volt, de most CSP.', {}, { negated: ['channel'] }],
  ]);
});

describe('correction: another CSP said now, a CSP wished for, or a partner that left Advisor', () => {
  checkKind([
    ['en-US', 'They were on an EA, but now they buy from another CSP partner.', { channel: 'otherCsp' }],
    ['ru-RU', 'Раньше был EA, а теперь покупают у другого CSP-партнера.', { channel: 'otherCsp' }],
    ['pt-BR', 'Antigamente era EA, agora é com outro parceiro CSP.', { channel: 'otherCsp' }],
    ['en-US', 'They were on an EA, but now they want to move to CSP.', { channel: 'ea', goal: 'move' }],
    ['ru-RU', 'Раньше был EA, а теперь хотят перейти на CSP.', { channel: 'ea', goal: 'move' }],
    ['zh-CN', '以前走EA，现在想转到CSP。', { channel: 'ea', goal: 'move' }],
    ['pt-BR', 'Antigamente era EA, agora querem migrar para CSP.', { channel: 'ea', goal: 'move' }],
    ['hu-HU', 'Korábban EA-n voltak, most CSP-re szeretnének átállni.', { channel: 'ea' }],
    [
      'zh-CN',
      '世纪互联的云。Office 365 是我们以前做 Advisor 时卖给客户的，现在我们已经是 CSP 了。',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
  ]);
});
