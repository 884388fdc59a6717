// Kind "correction": a correction that says only "not X" ("Correction: we're not the distributor",
// "na verdade não é do EA") takes back the X said before it. Read as said, the earlier X stood,
// as the negation reached only its own mention: the value the partner corrected was answered.
// The question is asked; a "not Y" about another value leaves the earlier X standing.
import { checkKind } from './kindCheck';

describe('kind: a correction that only says "not X" takes back the X said before it', () => {
  checkKind([
    ['pt-BR', 'Somos distribuidor nesse cliente. O Rui corrigiu: a gente não é distribuidor.', {}],
    ['pt-BR', 'O Azure deles é do EA. Na verdade não é do EA, ainda estão vendo.', { service: 'usage' }],
    ['en-US', "We're the distributor on this one. Correction: we're not the distributor here.", {}],
    ['en-US', "The Azure is on their EA. Sorry, I mean it's not on the EA, they're still checking.", { service: 'usage' }],
    ['ru-RU', 'Мы дистрибьютор. Поправка: мы не дистрибьютор.', {}],
    ['ru-RU', 'Azure у них по EA. Точнее, не по EA.', { service: 'usage' }],
    ['zh-CN', '我们是分销商。更正：我们不是分销商。', {}],
    ['hu-HU', 'Mi disztribútorok vagyunk. Javítás: nem vagyunk disztribútor.', {}],
    ['hu-HU', 'Az Azure EA-n keresztül jött. Pontosabban nem EA-n keresztül.', { service: 'usage' }],
    // The correction denies another value: the first one stands.
    ['pt-BR', 'Somos revenda. Na verdade, não somos distribuidor.', { partnerType: 'indirectReseller' }],
    // A correction that names the new value keeps it.
    ['pt-BR', 'O cliente tem EA, na verdade não é EA, é Open.', { channel: 'open' }],
  ]);
});
