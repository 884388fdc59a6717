// A note written above a question quoted from the call is read in its own language, whatever the
// question after it: Portuguese "no Office 365" is "in Office 365", no negation; Hungarian
// "asszem EA, igen, EA" is a doubt the writer settles at once.
import { checkKind } from './kindCheck';

describe("question: the note above a quoted question is read in the note's language", () => {
  checkKind([
    ['pt-BR', 'Eles estão no Office 365.\nAtendente: compraram pelo EA?\nsim', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Asszem EA, igen, EA, láttam a szerződést.\nÜgyintéző: a globális felhőt használják?\nigen', { cloud: 'global', channel: 'ea' }],
  ]);
});
