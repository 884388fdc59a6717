// A pasted letter's signer describes itself: "Harbor Distribution, LLC, an indirect provider in the
// Microsoft CSP program, consents …", «ООО «Дистри-Юг», являясь непрямым поставщиком, …»; and a
// comment gives the word back to it ("the distributor there is Harbor describing itself, not us",
// «непрямой поставщик — это они про себя, не про нас»). Neither is the partner's own role.
import { checkKind } from './kindCheck';

describe('words: a letter signer describing its own role', () => {
  checkKind([
    [
      'en-US',
      'Letter received:\n"Harbor Distribution, LLC, the indirect provider, agrees to the transfer of the Office 365 E3 subscriptions."\nWe take over the billing from next month.',
      { service: 'license', goal: 'move' },
      [],
    ],
    ['en-US', 'The "distributor" there is Harbor describing itself, not us. Exchange Online Plan 1, 20 seats.', { service: 'license' }, []],
    [
      'ru-RU',
      'Письмо: «ООО «Дистри-Юг», являясь непрямым поставщиком, согласно на передачу подписок Microsoft 365 E3». Мы забираем биллинг к себе.',
      { service: 'license', goal: 'move' },
      [],
    ],
    ['ru-RU', 'Непрямой поставщик — это они про себя, не про нас. Клиенту нужна только поддержка Microsoft 365.', { service: 'license', goal: 'support' }, []],
  ]);
});
