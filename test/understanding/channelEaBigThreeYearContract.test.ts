// Portuguese: the EA described without its name, "um contrato grandão de três anos" (a big
// three-year contract), is the EA, as «большой трёхлетний договор» is in Russian. A three-year
// contract not called big stays what it is named (Open Value runs three years too).
import { checkKind } from './kindCheck';

describe('channel: a big three-year contract is the EA', () => {
  checkKind([
    ['pt-BR', 'O Azure da indústria entra num contrato grande de 3 anos que o jurídico fechou com a Microsoft.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Segundo o comprador, o Microsoft 365 vem de um contratão de três anos, renovado ano passado.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O Office 365 está num contrato Open Value de três anos.', { channel: 'open', service: 'license' }],
  ]);
});
