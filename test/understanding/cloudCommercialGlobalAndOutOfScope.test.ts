// «коммерческое (глобальное)» names the global cloud twice over, and a part of the customer said
// to be out of scope («не в скоупе», «вне рамок проекта») answers nothing.
import { checkKind } from './kindCheck';

describe('the commercial (global) cloud, and what is out of scope', () => {
  checkKind([
    ['ru-RU', 'Облако: коммерческое (глобальное)\nПродукт: Microsoft 365 E3', { cloud: 'global', service: 'license' }],
    ['ru-RU', 'Тенант глобальный, коммерческий. Китайский филиал на 21Vianet — вне скоупа. Azure по EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
