// A log stamped with month names ("Dec 1, 9:05 AM - …") pasted newest on top across the turn of a
// month is read newest first: December comes after November, not by the day alone.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, month-named stamps order a log across the turn of a month', () => {
  checkKind([
    [
      'en-US',
      'Dec 1, 9:05 AM - Ann: correction, the Azure is on their EA.\nNov 30, 4:40 PM - Ann: their Azure came from another CSP.',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      'December 1, 9:05 AM - Ann: correction, the Azure is on their EA.\nNovember 30, 4:40 PM - Ann: their Azure came from another CSP.',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});

describe('kind: thread, the words under a name and a time answer the question above them', () => {
  // "conferi: o segundo" under "Paulo S  10:06" is Paulo's answer, not a speaker called "conferi".
  checkKind([
    [
      'pt-BR',
      'Paulo S  10:02\ncliente tem Office 365, quer só suporte\nBia  10:05\nfoi comprado pelo EA ou pelo Open Value?\nPaulo S  10:06\nconferi: o segundo',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
