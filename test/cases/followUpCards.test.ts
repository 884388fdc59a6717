// The follow-up cards, pure: every follow-up in every language has its title, text and buttons from
// the catalog (no placeholder left), the buttons carry the item and the step only, and a click is
// read from untrusted data: anything but a well-formed item id and a known step is no click.
import { buttonsOf } from '../support/chat';
import { strict as assert } from 'assert';
import { FOLLOW_UPS, CaseKind, FollowUp } from '../../src/domain/cases';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { followUpCard, readFollowUpClick, stepsOf } from '../../src/conversation/followUps/followUpCards';
import type { LocaleTag } from '../../src/domain/locales';

const DAY = 24 * 60 * 60 * 1000;
const KIND_OF: Record<FollowUp, CaseKind[]> = {
  approved: ['gdapApproval'],
  accepted: ['resellerAcceptance'],
  completed: ['transfer'],
  expired: ['gdapApproval', 'transfer'],
  terminated: ['gdapApproval'],
  notApprovedYet: ['gdapApproval'],
  expiresSoon: ['gdapApproval', 'transfer'],
  accessFailed: ['gdapApproval'],
  accessStuck: ['gdapApproval'],
  endsSoon: ['gdapApproval'],
  cancelled: ['transfer'],
};

describe('Follow-up cards', () => {
  const created = Date.UTC(2026, 10, 1);
  for (const locale of availableLocales()) {
    it(`has every follow-up in ${locale}, with no placeholder left and buttons that carry the item and step only`, () => {
      const c = catalogFor(locale);
      for (const followUp of FOLLOW_UPS) {
        for (const kind of KIND_OF[followUp]) {
          const view = {
            followUp,
            kind,
            itemId: `${kind}:obj-1`,
            customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
            createdAt: created,
            deadline: created + 90 * DAY,
            now: created + 7 * DAY,
          };
          const { card, summary } = followUpCard(view, c, locale);
          const json = JSON.stringify(card);
          assert.doesNotMatch(json, /\{(customer|ago|when|deadline)\}/, `${locale} ${followUp}: a placeholder left`);
          assert.ok(summary.length > 0 && json.includes(summary), `${locale} ${followUp}: the summary is the title`);
          assert.ok(summary.includes('Contoso Ltd'), `${locale} ${followUp} names the customer`);
          const actions = buttonsOf(card) as { title: string; data: Record<string, unknown> }[];
          assert.deepEqual(
            actions.map((a) => a.data.step),
            stepsOf(followUp),
          );
          for (const a of actions) {
            assert.deepEqual(a.data, { action: 'followUp', item: `${kind}:obj-1`, step: a.data.step });
            assert.ok(a.title.trim().length > 0);
          }
        }
      }
    });
  }

  it('issue 63: before a relationship ends, the reminder offers Turn on auto-extend where Microsoft allows it, never with Global Administrator', () => {
    const c = catalogFor('en-US');
    const steps = (autoExtend: 'offer' | 'globalAdministrator'): unknown[] =>
      buttonsOf(
        followUpCard(
          {
            followUp: 'endsSoon',
            kind: 'gdapApproval',
            itemId: 'gdapApproval:obj-1',
            customer: { tenantId: 't', name: 'Contoso Ltd' },
            createdAt: created,
            deadline: created + 30 * DAY,
            now: created,
            autoExtend,
          },
          c,
          'en-US',
        ).card,
      ).map((b) => b.data?.step);
    assert.deepEqual(steps('offer'), ['autoExtend', 'requestGdap']);
    assert.deepEqual(steps('globalAdministrator'), ['requestGdap']);
  });

  it('names a customer who accepted without a name in no way that leaves a gap', () => {
    const { summary } = followUpCard(
      {
        followUp: 'accepted',
        kind: 'resellerAcceptance',
        itemId: 'resellerAcceptance:card0001',
        customer: { tenantId: '', name: '' },
        createdAt: 0,
        deadline: 0,
        now: 0,
      },
      catalogFor('en-US'),
      'en-US',
    );
    assert.equal(summary, catalogFor('en-US').followUps.titles.acceptedUnnamed);
  });

  it('reads a click only when it names a well-formed item and a known step', () => {
    assert.deepEqual(readFollowUpClick({ action: 'followUp', item: 'gdapApproval:abc-1', step: 'assign' }), { item: 'gdapApproval:abc-1', step: 'assign' });
    assert.equal(readFollowUpClick({ action: 'followUp', item: 'gdapApproval:abc-1', step: 'confirm' }), undefined);
    assert.equal(readFollowUpClick({ action: 'followUp', item: 'other:abc', step: 'assign' }), undefined);
    assert.equal(readFollowUpClick({ action: 'followUp', item: `transfer:${'x'.repeat(300)}`, step: 'startAgain' }), undefined);
    assert.equal(readFollowUpClick({ action: 'followUp', item: 'transfer:a b', step: 'startAgain' }), undefined);
    assert.equal(readFollowUpClick({ action: 'partnerCenter', item: 'transfer:a', step: 'startAgain' }), undefined);
    assert.equal(readFollowUpClick('followUp'), undefined);
  });
});

// Review of 25 November 2026, A4: with under a day left the titles read "expires in 0 days" /
// «истекает через 0 дней» / «0天后过期» / «expira em 0 dia» / «0 nap múlva lejár». A day away or
// none is "today", "tomorrow", "yesterday" in each language's own words (written here by hand).
describe('A4: relative times read today, tomorrow and yesterday (follow-up titles)', () => {
  const created = Date.UTC(2026, 10, 1);
  const HOUR = 60 * 60 * 1000;
  const customer = { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso Ltd' };
  const title = (locale: LocaleTag, followUp: FollowUp, kind: CaseKind, sinceCreated: number, toDeadline: number): string => {
    const now = created + sinceCreated;
    return followUpCard({ followUp, kind, itemId: `${kind}:obj-1`, customer, createdAt: created, deadline: now + toDeadline, now }, catalogFor(locale), locale)
      .summary;
  };
  const expected: Record<LocaleTag, { today: string; tomorrow: string; transferTomorrow: string; in3: string; sentToday: string; sentYesterday: string }> = {
    'en-US': {
      today: 'Your GDAP request for Contoso Ltd expires today',
      tomorrow: 'Your GDAP request for Contoso Ltd expires tomorrow',
      transferTomorrow: 'The transfer request for Contoso Ltd expires tomorrow',
      in3: 'Your GDAP request for Contoso Ltd expires in 3 days',
      sentToday: 'Contoso Ltd has not approved your GDAP request yet (sent today)',
      sentYesterday: 'Contoso Ltd has not approved your GDAP request yet (sent yesterday)',
    },
    'ru-RU': {
      today: 'Срок действия вашего запроса GDAP для клиента Contoso Ltd истекает сегодня',
      tomorrow: 'Срок действия вашего запроса GDAP для клиента Contoso Ltd истекает завтра',
      transferTomorrow: 'Срок действия запроса на передачу для клиента Contoso Ltd истекает завтра',
      in3: 'Срок действия вашего запроса GDAP для клиента Contoso Ltd истекает через 3 дня',
      sentToday: 'Клиент Contoso Ltd еще не утвердил ваш запрос GDAP (отправлен сегодня)',
      sentYesterday: 'Клиент Contoso Ltd еще не утвердил ваш запрос GDAP (отправлен вчера)',
    },
    'zh-CN': {
      today: '您对 Contoso Ltd 的 GDAP 请求将于今天过期',
      tomorrow: '您对 Contoso Ltd 的 GDAP 请求将于明天过期',
      transferTomorrow: 'Contoso Ltd 的转移请求将于明天过期',
      in3: '您对 Contoso Ltd 的 GDAP 请求将于3天后过期',
      sentToday: 'Contoso Ltd 尚未批准您的 GDAP 请求（今天发送）',
      sentYesterday: 'Contoso Ltd 尚未批准您的 GDAP 请求（昨天发送）',
    },
    'pt-BR': {
      today: 'Sua solicitação de GDAP para Contoso Ltd expira hoje',
      tomorrow: 'Sua solicitação de GDAP para Contoso Ltd expira amanhã',
      transferTomorrow: 'A solicitação de transferência de Contoso Ltd expira amanhã',
      in3: 'Sua solicitação de GDAP para Contoso Ltd expira em 3 dias',
      sentToday: 'Contoso Ltd ainda não aprovou sua solicitação de GDAP (enviada hoje)',
      sentYesterday: 'Contoso Ltd ainda não aprovou sua solicitação de GDAP (enviada ontem)',
    },
    'hu-HU': {
      today: 'A GDAP-kérelme ma lejár: Contoso Ltd',
      tomorrow: 'A GDAP-kérelme holnap lejár: Contoso Ltd',
      transferTomorrow: 'Az átadási kérelem holnap lejár: Contoso Ltd',
      in3: 'A GDAP-kérelme 3 nap múlva lejár: Contoso Ltd',
      sentToday: 'Contoso Ltd még nem hagyta jóvá a GDAP-kérelmét (elküldve: ma)',
      sentYesterday: 'Contoso Ltd még nem hagyta jóvá a GDAP-kérelmét (elküldve: tegnap)',
    },
  };
  for (const locale of availableLocales())
    it(`A4 (${locale}): "today", "tomorrow", "yesterday" where a number would be 0 or 1`, () => {
      const e = expected[locale];
      assert.equal(title(locale, 'expiresSoon', 'gdapApproval', 80 * DAY, 5 * HOUR), e.today);
      assert.equal(title(locale, 'expiresSoon', 'gdapApproval', 80 * DAY, DAY), e.tomorrow);
      assert.equal(title(locale, 'expiresSoon', 'transfer', 28 * DAY, DAY + 2 * HOUR), e.transferTomorrow);
      assert.equal(title(locale, 'expiresSoon', 'gdapApproval', 80 * DAY, 3 * DAY), e.in3);
      assert.equal(title(locale, 'notApprovedYet', 'gdapApproval', 3 * HOUR, 60 * DAY), e.sentToday);
      assert.equal(title(locale, 'notApprovedYet', 'gdapApproval', DAY, 60 * DAY), e.sentYesterday);
    });
});
