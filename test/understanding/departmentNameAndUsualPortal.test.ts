// A department's name is no goal: "Departamento de Gestão de Pessoas" (human resources) does not
// ask for management. "Partner Center is the normal one, the global" names the cloud.
import { checkKind } from './kindCheck';

describe("a department's name and the usual portal", () => {
  checkKind([
    [
      'pt-BR',
      'Encaminho a demanda do Departamento de Gestão de Pessoas: as licenças Office 365 E3 foram adquiridas de parceiro Advisor. Requer-se a transferência das assinaturas para nós.',
      { channel: 'advisor', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'They bought the Azure from Microsoft directly, with the card. We are an indirect reseller. Partner Center is the normal one, the global.',
      { cloud: 'global', channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
