// Kinds "either/or", "whose words", "rambling" and "hedge": "option a" / "option b" name the first
// and second of two options laid out; a product "he said to leave out of it" or "nobody even uses
// anymore" is set aside; "Previous partner was X, who are a T1" is that partner's role, not ours;
// "she started off saying" is what was said at first. A doubt about how one product was bought,
// the product named twice in a row ("Dynamics 365 seats", «Dynamics 365 лицензии»), doubts the how,
// not the product.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: English options, asides and first words', () => {
  checkKind([
    [
      'en-US',
      'Two options: (a) we just administer their Teams licenses, or (b) we take over the billing too. They went with option a.',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Two options: (a) we just administer their Teams licenses, or (b) we take over the billing too. They went with option b.',
      { service: 'license', goal: 'move' },
    ],
    ['en-US', 'Sam mentioned a couple of Azure subs but he said leave them out of it. Products: O365 E3.', { service: 'license' }],
    [
      'en-US',
      'Previous partner was Contoso Cloud Partners, who are a T1 / direct bill CSP; they sold them Microsoft 365.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'en-US',
      'She started off saying they got Office from Best Buy, but those are old boxes, nobody even uses those anymore. The actual M365 seats were bought right on microsoft.com.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});

describe('kind: hedge, a doubt about how one product named twice in a row was bought doubts the how', () => {
  checkDoubted([
    ['en-US', 'Not sure whether their Dynamics 365 seats came through an EA.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Не уверен, что их Dynamics 365 лицензии куплены через EA.', { service: 'license' }, { channel: 'ea' }],
    ['pt-BR', 'Não sei se as licenças Dynamics 365 vieram pelo EA.', { service: 'license' }, { channel: 'ea' }],
    ['hu-HU', 'Nem tudom, hogy a Dynamics 365 licenceket EA-n keresztül vették-e.', { service: 'license' }, { channel: 'ea' }],
  ]);
});
