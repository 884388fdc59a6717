// A cloud written as a form's field ("Felhő: kereskedelmi") is its value; a cloud followed by a
// bare "no" closing its clause ("kormányzati felhő: nem") is said no to, and the cloud named
// right after that "no" ("kormányzati felhő nem, kereskedelmi") is the one meant.
import { checkKind } from './kindCheck';

describe('cloud: a form field names its value, a bare "no" after a cloud refuses it', () => {
  checkKind([
    ['hu-HU', 'Felhő: kereskedelmi\nTermék: Azure', { cloud: 'global', service: 'usage' }],
    ['hu-HU', 'Űrlap: Felhő: globális (kereskedelmi), Vásárlás: EA', { cloud: 'global', channel: 'ea' }],
    ['hu-HU', 'Az ügyfél Azure-t használ, kormányzati felhő nem, kereskedelmi.', { cloud: 'global', service: 'usage' }],
    ['hu-HU', 'ugyfel office 365-ot vett,kormanyzati felho NEM,kereskedelmi', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'Office 365, kormányzati felhő: nem.', { service: 'license' }],
    ['hu-HU', 'Az Azure-t vették, kínai felhő nem.', { service: 'usage' }],
    ['hu-HU', 'Az Azure-t EA-n keresztül vették, nem?', { channel: 'ea', service: 'usage' }],
    ['en-US', 'customer has Azure, gov cloud no, commercial', { cloud: 'global', service: 'usage' }],
  ]);
});
