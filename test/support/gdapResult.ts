// The answers that reach a result offering Request GDAP (G1: commercial cloud, bought from
// Microsoft, a direct partner), and an action card's button by its step: what the GDAP tests of
// the actions and the follow-ups start from.
import { strict as assert } from 'assert';
import { decide } from '../../src/domain/rules';
import type { Answers } from '../../src/domain/questions';
import { allCombinations } from './answerCombinations';
import { buttonsOf, type CardJson } from './chat';

/** The answers of a G1 that offers GDAP. */
export function g1GdapAnswers(): Answers {
  const found = allCombinations().find(
    (a) => decide(a, '2026-11').row === 'G1' && a.cloud === 'global' && a.channel === 'microsoft' && a.partnerType === 'direct',
  );
  assert.ok(found, 'a G1 combination');
  return found;
}

/** Those answers in the order the questions come. */
export function g1Answers(): string[] {
  const found = g1GdapAnswers();
  return (['cloud', 'channel', 'service', 'goal', 'partnerType'] as const).map((q) => found[q]).filter((v): v is NonNullable<typeof v> => v !== undefined);
}

/** The data of an action card's button for a step. */
export function buttonData(card: CardJson, step: string): Record<string, unknown> {
  const found = buttonsOf(card).find((a) => a.data?.action === 'partnerCenter' && a.data?.step === step);
  assert.ok(found?.data, `a ${step} button on ${JSON.stringify(buttonsOf(card))}`);
  return found.data as Record<string, unknown>;
}
