// «Энтерпрайз агримент» is written as heard, also with its middle vowel dropped («агримнт»).
import { checkKind } from './kindCheck';

describe('kind: variants, Enterprise Agreement as heard', () => {
  checkKind([
    ['ru-RU', 'Клиент купил Azure по энтерпрайз агримнт.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Office 365 у клиента по энтерпрайз агримнт.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'У клиента Azure по энтерпрайз агримент.', { channel: 'ea', service: 'usage' }],
  ]);
});
