// A three-year agreement with Microsoft reads as an EA, but not where the agreement is named as
// Open Value, Open License or MPSA (themselves agreements of three years), nor the partner's own
// agreement with Microsoft: those keep their own reading.
import { checkKind } from './kindCheck';

describe('kind: channel-own-words, a three-year Open or MPSA agreement is no EA', () => {
  checkKind([
    ['en-US', 'They are on a 3-year Open Value agreement with Microsoft for Microsoft 365.', { channel: 'open', service: 'license' }],
    ['en-US', 'They have a three-year MPSA agreement with Microsoft, Microsoft 365.', { channel: 'open', service: 'license' }],
    [
      'en-US',
      'We signed a three-year partner agreement with Microsoft as a direct bill CSP; the customer bought Microsoft 365 from another CSP.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    ['ru-RU', 'Клиент на трёхлетнем договоре Open Value с Microsoft, Microsoft 365.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Eles têm um contrato MPSA de 3 anos com a Microsoft para o Microsoft 365.', { channel: 'open', service: 'license' }],
    ['zh-CN', '客户和微软签了一个3年的开放式许可协议，用 Microsoft 365。', { channel: 'open', service: 'license' }],
    // Near miss: a large three-year company agreement directly with Microsoft is still an EA.
    ['en-US', 'They have a large three-year company agreement directly with Microsoft.', { channel: 'ea' }],
  ]);
});
