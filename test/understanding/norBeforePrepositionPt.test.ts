// "Não X nem de Y": a "nem" before a preposition after a "não" still negates what follows, the
// preposition part of the negation, so a Hungarian "de" (but) in a short mixed sentence cannot cut it
// off, and "not CSP nor syndication" beside a shop is the shop's sale. A Hungarian "nem de" is no such "nem".
import { checkKind } from './kindCheck';

describe('"nem" before a preposition (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'o Azure veio de uma loja de varejo, não é revenda CSP nem de syndication', { channel: 'thirdParty', service: 'usage' }],
    // Near misses: a plainer sentence read so already, and "nem de longe" that negates no answer.
    ['pt-BR', 'compraram o Visio numa loja de varejo do shopping, que não é parceiro CSP nem de syndication', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'o Office 365 é pelo EA, nem de longe pensam em mudar', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'nem tudom, a Visio EA vagy nem de Office 365 mindenképp', { service: 'license' }],
  ]);
});
