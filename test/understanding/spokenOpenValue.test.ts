// Open Value said aloud and typed as heard, «опен вэлью» (also «опен велью»), is the Open channel,
// as the Latin name is; a spoken correction ending on it keeps it.
import { checkKind } from './kindCheck';

describe('spoken: «опен вэлью» typed as heard is Open Value', () => {
  checkKind([
    ['ru-RU', 'у клиента опен вэлью, лицензии офис три шесть пять', { channel: 'open', service: 'license' }],
    ['ru-RU', 'у них по договору опен велью, речь про ажур', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'пиши у них энтерпрайз эгримент нет стоп не энтерпрайз а опен вэлью и там виртуалки в ажуре', { channel: 'open', service: 'usage' }],
  ]);
});
