// Kind "thread": what the subject line fills in comes with the subject's own words as its
// evidence ("Subject: RE: Microsoft 365 licenses" → the product, said as "Microsoft 365"), as an
// answer from a message does: the words the bot shows back when it names the answer.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: thread, an answer from the subject line keeps the subject words as its evidence', () => {
  const cases: Array<[lang: string, text: string, service: string, words: string]> = [
    [
      'en-US',
      'From: Tom Reyes\nSent: Wednesday, May 7, 2025 10:02 AM\nSubject: RE: Microsoft 365 licenses\n\nWe bought them through another CSP.\n\n> Where did you buy them?',
      'license',
      'Microsoft 365',
    ],
    [
      'pt-BR',
      'De: Carla Mendes\nEnviada em: terça-feira, 13 de maio de 2025 11:20\nAssunto: RES: assinatura do Azure\n\nCompramos direto da Microsoft.\n\n> Onde vocês compraram?',
      'usage',
      'Azure',
    ],
  ];
  for (const [lang, text, service, words] of cases) {
    it(`${lang}: ${text.split('\n')[2]}`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ service: got.answers.service, words: got.evidence.service }, { service, words });
    });
  }
});
