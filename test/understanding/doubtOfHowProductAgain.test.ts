// Kind "doubt of how", its edges: the doubt over the product bought and how it was bought doubts
// the how when the doubt names one product before it (src/domain/understanding/negation.ts). The
// product said again outside the doubt, before it or after the how past a "but", is no second
// product of the doubt: the how stays doubted and is asked back. (Chinese is left out: its
// question word "是不是" already leaves the channel unread, as in doubtOfHow.test.ts.)
import { checkDoubted } from './kindCheck';

describe('kind: doubt of how, the product named in an earlier sentence too', () => {
  checkDoubted([
    ['en-US', 'The customer uses Office 365. Not sure whether they bought Office 365 through EA.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Клиент пользуется Office 365. Не уверен, что Office 365 купили через EA.', { service: 'license' }, { channel: 'ea' }],
    ['pt-BR', 'O cliente usa Office 365. Não sei se o Office 365 foi comprado pelo EA.', { service: 'license' }, { channel: 'ea' }],
    ['hu-HU', 'Az ügyfél Office 365-öt használ. Nem tudom, hogy az Office 365-öt EA-n vették-e.', { service: 'license' }, { channel: 'ea' }],
    // Another question's answer before the doubt is no product either.
    ['en-US', 'We are a direct partner. Not sure whether they bought Office 365 through EA.', { service: 'license', partnerType: 'direct' }, { channel: 'ea' }],
  ]);
});

describe('kind: doubt of how, the product named again after a "but"', () => {
  checkDoubted([
    ['en-US', 'Not sure whether they bought Office 365 through EA, but they do use Office 365 every day.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Не уверен, что Office 365 купили через EA, но Office 365 у них точно есть.', { service: 'license' }, { channel: 'ea' }],
    ['pt-BR', 'Não sei se o Office 365 foi comprado pelo EA, mas eles usam o Office 365 todo dia.', { service: 'license' }, { channel: 'ea' }],
    ['hu-HU', 'Nem tudom, hogy az Office 365-öt EA-n vették-e, de az Office 365-öt minden nap használják.', { service: 'license' }, { channel: 'ea' }],
  ]);
});
