// Kind "hedge": "confirmei agora com o TI deles" after a doubt is a correction (as "acabei de
// confirmar" is), so what is said after it stands; "direto no site", nobody else's site named, is
// Microsoft's own. Read before as the doubt alone: "acho que… direto da Microsoft… confirmei
// agora: foi isso mesmo, direto no site" asked the channel.
import { checkKind } from './kindCheck';

describe('kind: a doubt confirmed, then bought directly on the site', () => {
  checkKind([
    [
      'pt-BR',
      'Acho que compraram o Office 365 direto da Microsoft... confirmei agora com eles: foi direto no site.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Talvez seja EA. Confirmei com o financeiro: é EA mesmo.', { channel: 'ea' }],
    ['pt-BR', 'O Microsoft 365 foi assinado direto pelo portal.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'O Microsoft 365 foi comprado direto no site da loja de informática.', { service: 'license' }],
  ]);
});
