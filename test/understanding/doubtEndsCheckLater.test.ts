// Kind "spoken": «надо уточнить» ("I need to check") closes the doubt before it, dictated
// without stops: what follows («…надо уточнить, офис 365 и им нужна поддержка») is stated again.
import { checkKind } from './kindCheck';

describe('kind: spoken, "need to check" ends a doubt', () => {
  checkKind([
    ['ru-RU', 'клиент вроде брал через опен не уверен надо уточнить ну эксчендж и им нужна поддержка', { service: 'license', goal: 'support' }],
    ['ru-RU', 'может EA может Open нужно проверить Microsoft 365 и хотят поддержку', { service: 'license', goal: 'support' }, ['channel']],
  ]);
});
