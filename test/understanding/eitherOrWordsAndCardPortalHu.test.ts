// Kind "eitherOr" and "channelWords", Hungarian: "Open vagy EA?" keeps its "vagy", so "az utóbbi"
// picks EA; "kereskedelmi vagy US Gov?" names both clouds and a bare "kereskedelmi," answers it;
// a card beside the admin center ("admin center, bankkártya", "kártyával … az admin portálon")
// is Microsoft; "hogy mi számlázzuk", "ha mi vennénk át őket" ask to move.
import { checkKind } from './kindCheck';

describe('kind: Hungarian either/or words, a card in the admin center, moving words', () => {
  checkKind([
    ['hu-HU', 'Open vagy EA?\naz utóbbi\nM365 E3', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'EA vagy Open? Nem tudom.\nAzure', { service: 'usage' }, ['channel']],
    ['hu-HU', 'kereskedelmi vagy US Gov? kereskedelmi, Pécsen vannak\nExchange Online', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'Project Online, bankkártyával fizetik az M365 admin portálon.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Intune: saját maguk vették (admin center, céges kártya).', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Power BI Pro egy másik CSP-től; azt kérik, hogy mi számlázzuk.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'Business Standard EA-n, szeretnék, ha mi vennénk át őket.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['hu-HU', 'Business Standard EA-n, azt kérik, hogy vegyük át az üzemeltetést.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
