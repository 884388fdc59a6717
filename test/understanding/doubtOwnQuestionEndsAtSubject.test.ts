// "Not sure which one this ticket is about, they said it was bought through another CSP": a doubt
// that asks its own question ends with its clause when a new subject opens the next one; what
// that clause says is stated. Without a new subject the options after the comma stay doubted.
import { checkKind } from './kindCheck';

describe('doubt: a doubt asking its own question ends where a new subject starts', () => {
  checkKind([
    [
      'en-US',
      'customer has Azure and M365, not sure which one this ticket is about, they said the subscriptions were bought through another CSP',
      { channel: 'otherCsp' },
      ['service'],
    ],
    ['en-US', 'not sure where they bought it, EA or Open', {}, ['channel']],
    [
      'ru-RU',
      'У клиента Azure и Microsoft 365, не уверен, о каком из них этот тикет, они сказали, что подписки куплены через другого CSP-партнера.',
      { channel: 'otherCsp' },
      ['service'],
    ],
    [
      'hu-HU',
      'Az ügyfélnek Azure és Microsoft 365 is van, nem tudom, melyikről szól a jegy, ők azt mondták, hogy egy másik CSP partnertől vették.',
      { channel: 'otherCsp' },
      ['service'],
    ],
    [
      'pt-BR',
      'O cliente tem Azure e Microsoft 365, não sei qual deles é o chamado, eles disseram que compraram por outro parceiro CSP.',
      { channel: 'otherCsp' },
      ['service'],
    ],
  ]);
});
