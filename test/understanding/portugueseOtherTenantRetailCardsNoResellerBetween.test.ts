// Portuguese words: a place that "é outro tenant" is set aside (the cloud named for it is not this
// case's); "cartões do Microsoft 365" and a named retail chain ("na Kabum") are a third party;
// "sem revenda no meio" says how we take the case, not how the customer bought.
import { checkKind } from './kindCheck';

describe('Portuguese words: another tenant, retail cards and chains, no reseller in between', () => {
  checkKind([
    ['pt-BR', 'Não é a nuvem global, é a do governo americano (o tenant chinês da filial de Xangai é outro tenant).', { cloud: 'usgov' }],
    ['pt-BR', 'Levaram uns cinco cartões do Office 365 Personal numa feira de informática.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Microsoft 365 Business Standard eles compraram na Kabum.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Aqui a gente atua como distribuidor, sem revenda no meio.', { partnerType: 'indirectProvider' }],
    // Bought with no reseller at all is still bought from Microsoft.
    ['pt-BR', 'Compraram o Visio direto, sem revenda.', { channel: 'microsoft', service: 'license' }],
  ]);
});
