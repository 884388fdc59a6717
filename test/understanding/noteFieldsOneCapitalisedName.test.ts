// Kind "thread" guard: a note written as fields ("Customer: Contoso" / "Open Value: yes") has one
// line a known speaker label opens and one line opened by two capitalised words, a product's
// name, not a person's. One such name makes no chat of people named in full (it takes two), so
// the note is read as written and "Open Value: yes" states the channel.
import { checkKind } from './kindCheck';

describe('kind: thread guard, a note of fields with one capitalised product name before a colon is no chat', () => {
  checkKind([
    ['en-US', 'Customer: Contoso\nOpen Value: yes', { channel: 'open' }],
    ['ru-RU', 'Клиент: Contoso\nOpen Value: да', { channel: 'open' }],
    ['zh-CN', '客户：Contoso\nOpen Value：是的', { channel: 'open' }],
    ['pt-BR', 'Cliente: Contoso\nOpen Value: sim', { channel: 'open' }],
    ['hu-HU', 'Ügyfél: Contoso\nOpen Value: igen', { channel: 'open' }],
  ]);
});
