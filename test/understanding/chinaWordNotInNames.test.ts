// The Hungarian "Kína" and its forms (kínai, Kínában, Kínából …) name China; a name that only
// looks like it with two letters swapped and an ending ("Kianda", a company in Luanda) does not.
import { checkKind } from './kindCheck';

describe('China named, not a name that looks like it', () => {
  checkKind([
    ['pt-BR', 'Cliente Kianda Engenharia (Luanda), Microsoft 365 Business Basic, só querem suporte.', { service: 'license', goal: 'support' }],
    ['en-US', 'Customer is Kiandra Logistics, Exchange Online, support only.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'A tenant Kínában van, a 21Vianet üzemelteti.', { cloud: 'china' }],
    ['hu-HU', 'A kínai leányvállalat Office 365-öt használ.', { cloud: 'china', service: 'license' }],
  ]);
});
