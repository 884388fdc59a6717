// Kind "short-variant": "tenant comercial", "tenant global" names the commercial cloud as "nuvem
// comercial" does. Read before as nothing: the cloud was asked, and a chat that first asked "GCC?"
// kept the government cloud.
import { checkKind } from './kindCheck';

describe('kind: a commercial tenant is the global cloud', () => {
  checkKind([
    ['pt-BR', 'Tenant comercial, normal. O Office 365 veio de um Open.', { cloud: 'global', channel: 'open', service: 'license' }],
    ['pt-BR', 'É um tenant global, Microsoft 365 Business Premium.', { cloud: 'global', service: 'license' }],
    ['pt-BR', '[09:10] Rafael\nÉ GCC?\n[09:12] Bruna\nnão, tenant comercial, comprado no EA', { cloud: 'global', channel: 'ea' }],
    ['en-US', 'Commercial tenant, the M365 came through Open.', { cloud: 'global', channel: 'open', service: 'license' }],
  ]);
});
