// After the parent company named in passing, "but our subsidiary" (a customer writing «но наша
// дочка», the word often in quotes) returns to this case: its words answer it.
import { checkKind } from './kindCheck';

describe('whose words: "but our subsidiary" after the parent company returns to this case', () => {
  checkKind([
    ['ru-RU', 'Головная компания на Open, но наша дочка купила Azure через EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Материнская компания покупает через CSP, а наша «дочка» взяла Dynamics по EA.', { channel: 'ea', service: 'license' }],
  ]);
});
