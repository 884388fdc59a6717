// "Nowhere near" before an answer says no to it, as "not" does ("commercial tenant, nowhere near GCC
// High"): after an either/or answered by its first option, the other one named under it no longer
// stands beside the answer. A plain "near" says nothing of the kind.
import { checkKind } from './kindCheck';

describe('"nowhere near" before an answer negates it (en-US)', () => {
  checkKind([
    [
      'en-US',
      'Their tenant is commercial, nowhere near GCC High. Office 365 paid to Microsoft directly.',
      { cloud: 'global', channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Commercial cloud or US Gov? The first one; the shop is nowhere near a GCC tenant.', { cloud: 'global' }],
    ['en-US', 'Near the end of the call they said the tenant is GCC High.', { cloud: 'usgov' }],
  ]);
});
