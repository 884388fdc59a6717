// An Enterprise agreement "que eles assinam direto com a Microsoft" is still the EA: the words
// after it describe how it was signed, no purchase made direct from Microsoft. A contract not
// named as an Enterprise one keeps its reading.
import { checkKind } from './kindCheck';

describe('channel: the Enterprise agreement signed directly with Microsoft is the EA', () => {
  checkKind([
    ['pt-BR', 'O Office 365 E5 está no acordo Enterprise que a empresa assinou direto com a Microsoft em 2021.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Azure no EA, que eles assinam diretamente com a Microsoft a cada três anos.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Azure está num contrato de 3 anos que a empresa assinou com a Microsoft.', { service: 'usage' }],
  ]);
});
