// "Globális (kereskedelmi) felhő", "kereskedelmi (globális) felhő": the cloud's two names side by side,
// one in brackets, before "felhő" are the global cloud, as either name alone before it is.
import { checkKind } from './kindCheck';

describe('cloud: "global (commercial) cloud" in Hungarian is the global cloud', () => {
  checkKind([
    ['hu-HU', 'Globális (kereskedelmi) felhő, az Azure egy másik CSP partnernél van.', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Office 365, kereskedelmi (globális) felhő.', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'Nem globális (kereskedelmi) felhő, hanem kínai.', { cloud: 'china' }],
    ['en-US', 'Global (commercial) cloud, Office 365.', { cloud: 'global', service: 'license' }],
  ]);
});
