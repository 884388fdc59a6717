// English goals read in round 2: running a named product's tenant is support; a campaign or
// webinar named after a move is a title, not a wish; a proposal another speaker makes on a call
// that is then left undecided ("let's talk about it internally") leaves the goal asked, in any language.
import { checkKind } from './kindCheck';

describe('kind: English round 2 goals, and a proposal left undecided on a call', () => {
  checkKind([
    [
      'en-US',
      "They'd either like us to just run the Office 365 tenant for them, or take everything over including billing. The owner says: the first one.",
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      "Answer to our webinar 'Migrate to the cloud now': \"No thanks, we won't migrate anything, we only need someone to administer our Exchange Online.\"",
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      "[10:01] Customer: We just want you to administer our Exchange Online.\n[10:02] Finance lead: I thought the plan was to move the billing to them as well?\n[10:03] Customer: Hm, let's talk about it internally first.",
      { service: 'license' },
      ['goal'],
    ],
    [
      'pt-BR',
      '[10:01] Cliente: Queremos só que vocês administrem o nosso Exchange Online.\n[10:02] Financeiro: Achei que a ideia era passar o faturamento para eles também?\n[10:03] Cliente: Hmm, vamos decidir entre nós.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'ru-RU',
      '[10:01] Клиент: Нам нужно только, чтобы вы администрировали наш Exchange Online.\n[10:02] Финансы: Я думал, мы хотели перевести биллинг к ним тоже?\n[10:03] Клиент: Хм, вопрос пока открыт.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});
