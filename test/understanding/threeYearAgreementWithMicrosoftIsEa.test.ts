// An agreement of three years signed directly with Microsoft is an Enterprise Agreement, whatever
// words describe it ("large", "company", "volume", «корпоративный», "grandão", "企业级"), and the
// "directly with Microsoft" in it names the agreement's other side, not a second channel to ask about.
import { checkKind } from './kindCheck';

describe('a three-year agreement directly with Microsoft, in own words', () => {
  checkKind([
    ['en-US', 'They run on a large three-year company agreement directly with Microsoft, trued up every spring.', { channel: 'ea' }],
    ['en-US', 'The client signed a 3-year volume contract directly with Microsoft for every department.', { channel: 'ea' }],
    ['pt-BR', 'A cooperativa tem um contratão de três anos direto com a Microsoft, valendo pra companhia inteira.', { channel: 'ea' }],
    ['pt-BR', 'Eles estão naquele contrato enorme de 3 anos direto com a Microsoft desde 2023.', { channel: 'ea' }],
    ['ru-RU', 'Завод работает по крупному трёхлетнему корпоративному соглашению напрямую с Microsoft.', { channel: 'ea' }],
    ['ru-RU', 'У завода трёхлетний договор на весь холдинг напрямую с Microsoft.', { channel: 'ea' }],
    ['zh-CN', '这家集团跟微软直接签了三年的企业级大合同。', { channel: 'ea' }],
    ['zh-CN', '他们和微软直签了一个三年期的全集团合同。', { channel: 'ea' }],
    ['hu-HU', 'A gyár egy nagy, hároméves szerződést kötött közvetlenül a Microsofttal az egész cégre.', { channel: 'ea' }],
    // Near misses: a three-year plan only talked about, or a contract with someone else, is no EA.
    ['en-US', 'They buy monthly directly from Microsoft; a three-year plan is being discussed.', { channel: 'microsoft' }],
    ['ru-RU', 'Они покупают напрямую у Microsoft, трёхлетний план пока обсуждаем.', { channel: 'microsoft' }],
    ['en-US', 'They signed a three-year support contract with a local firm.', {}],
  ]);
});
