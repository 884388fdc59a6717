// Every card view the bot can build in a language: the shared card catalog, a result for every
// answer combination and a receipt for every answer. For the card tests that check them all.
import { cardCatalog } from '../../scripts/lib/cardCatalog';
import { answeredView, viewOf, CardView } from '../../src/conversation/advisor/viewModels';
import { Reply } from '../../src/conversation/advisor/flow';
import { catalogFor } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { decide } from '../../src/domain/rules';
import { EDITIONS } from '../../src/domain/editions';
import { CHINA_CHANNELS, COMMERCIAL_CHANNELS, CompleteAnswers, GOALS, PARTNER_TYPES, QUESTION_IDS, SERVICES, optionsFor } from '../../src/domain/questions';

/** A result for every answer combination in every edition (the shared card catalog has one per row). */
export function everyResult(): Reply[] {
  const replies: Reply[] = [];
  for (const cloud of ['global', 'usgov', 'china'] as const) {
    for (const channel of cloud === 'china' ? CHINA_CHANNELS : COMMERCIAL_CHANNELS)
      for (const service of SERVICES)
        for (const goal of service === 'license' ? GOALS : [undefined])
          for (const partnerType of PARTNER_TYPES) {
            const answers = { cloud, channel, service, partnerType, ...(goal ? { goal } : {}) } as CompleteAnswers;
            for (const edition of EDITIONS) replies.push({ kind: 'result', outcome: decide(answers, edition), answers, token: 't.5' });
          }
  }
  return replies;
}

export function allViews(locale: LocaleTag): CardView[] {
  const c = catalogFor(locale);
  const views: CardView[] = cardCatalog().map((sample) => sample.view(locale));
  for (const reply of everyResult()) {
    const view = viewOf(reply, c, locale);
    if ('card' in view) views.push(view);
  }
  for (const q of QUESTION_IDS) for (const o of optionsFor(q, { cloud: 'global' })) views.push(answeredView(q, o, c));
  return views;
}
