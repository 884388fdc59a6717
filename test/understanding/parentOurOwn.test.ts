// Kind "whose": the customer writing "o EA é da nossa controladora", "pertence à nossa matriz"
// says the EA is the parent company's, as "é da matriz" does. Read before as the customer's
// own EA beside what it bought: the channel was asked.
import { checkKind } from './kindCheck';

describe("kind: \"our parent company's\" in the customer's words is the parent's", () => {
  checkKind([
    ['pt-BR', 'O Dynamics 365 foi comprado direto no site da Microsoft. O EA é da nossa controladora.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'O Office 365 é via Open. O EA pertence à nossa matriz.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O Office 365 é via EA.', { channel: 'ea', service: 'license' }],
  ]);
});
