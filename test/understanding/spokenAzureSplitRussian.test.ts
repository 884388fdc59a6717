// Dictation writes Azure in Cyrillic split in two («а жур»), as it splits "az ure": read whole, it
// is the consumption product, and no goal is read from a wish to move it.
import { checkKind } from './kindCheck';

describe('spoken: «а жур» split in two is Azure (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'клиент брал а жур у другого партнёра си эс пи и хочет перенести его к нам', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'у них а жур по и а мы ти один', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'а журнал заявок ведёт их ИТ, Office 365 по Open', { channel: 'open', service: 'license' }],
  ]);
});
