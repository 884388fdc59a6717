// Kind "correction": having asked the customer again («поговорил с их айтишником ещё раз:
// это по EA») replaces what was said before, as «уточнил» does. Without a newer statement the
// first one stands.
import { checkKind } from './kindCheck';

describe('kind: correction, asked again', () => {
  checkKind([
    ['ru-RU', 'Клиент брал Office 365 напрямую у Microsoft. Созвонился с их бухгалтером ещё раз: это по Open.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Azure у них у другого CSP-партнёра. Переговорил с ними снова: Azure по EA.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: correction, asked again and nothing new said', () => {
  checkKind([['ru-RU', 'Office 365 по EA. Поговорил с их админом ещё раз, хотят поддержку.', { channel: 'ea', service: 'license', goal: 'support' }]]);
});
