// "O TI diz GCC, o contrato diz comercial": each source names a cloud; a bare "comercial" said
// by one of them is the commercial cloud, so the two disagree and the cloud is asked.
import { checkKind } from './kindCheck';

describe('cloud: two sources say two clouds', () => {
  checkKind([
    ['pt-BR', 'Office 365 no EA. A planilha diz GCC, o contrato diz comercial.', { channel: 'ea', service: 'license' }, ['cloud']],
    ['pt-BR', 'Microsoft 365. O gerente disse que é comercial.', { cloud: 'global', service: 'license' }],
    ['pt-BR', 'Microsoft 365. O TI diz GCC.', { cloud: 'usgov', service: 'license' }],
  ]);
});
