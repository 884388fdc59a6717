// The errata of 24 November 2026 to edition 2026-11 (E1-E12), each seen on the cards it corrects,
// in all five languages: the result card's data for the answers that reach the row, with the words
// each language must show written out here by hand (what the erratum says, in Microsoft's terms).
// E8 and E11 are partly data checks (a note's wording, the links' addresses). Sources: the errata
// list in docs/policy.md; E10 checked on learn.microsoft.com/partner-center/developer/
// cancel-an-azure-marketplace-subscription ("can be canceled within 7 days … of purchase or renewal").
import { strict as assert } from 'assert';
import { catalogFor } from '../../src/domain/textCatalog';
import { linkUrl } from '../../src/domain/links';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { CompleteAnswers } from '../../src/domain/questions';
import { decide } from '../../src/domain/rules';
import { resultView } from '../../src/conversation/resultView';

type Fragments = Record<LocaleTag, string>;

interface CardData {
  verdict: string;
  verdictLabel: string;
  steps: { text: string }[];
  notes: { id: string; text: string }[];
  links: { id: string; url: string }[];
}

function card(answers: CompleteAnswers, locale: LocaleTag): CardData & { all: string } {
  const view = resultView(decide(answers, '2026-11'), answers, '', catalogFor(locale), locale, { interactive: false });
  const data = view.data as unknown as CardData;
  return { ...data, all: [data.verdictLabel, ...data.steps.map((s) => s.text), ...data.notes.map((n) => n.text)].join('\n') };
}

function shows(answers: CompleteAnswers, fragments: Fragments, where = ''): void {
  for (const locale of LOCALES) {
    const text = card(answers, locale).all;
    assert.ok(text.includes(fragments[locale]), `${where} ${locale}: expected "${fragments[locale]}" on the card\n${text}`);
  }
}

const base = { cloud: 'global', partnerType: 'direct' } as const;
const G1: CompleteAnswers = { ...base, channel: 'microsoft', service: 'license', goal: 'support' };
const G2: CompleteAnswers = { ...base, channel: 'microsoft', service: 'license', goal: 'move' };
const G3: CompleteAnswers = { ...base, channel: 'ea', service: 'usage' };
const G4: CompleteAnswers = { ...base, channel: 'otherCsp', service: 'usage' };
const G5: CompleteAnswers = { ...base, channel: 'otherCsp', service: 'license', goal: 'support' };
const G6: CompleteAnswers = { ...base, channel: 'otherCsp', service: 'license', goal: 'move' };

const ACCESS_ASSIGNMENT: Fragments = {
  'en-US': 'access assignments',
  'ru-RU': 'назначения доступа',
  'zh-CN': '访问权限分配',
  'pt-BR': 'atribuições de acesso',
  'hu-HU': 'hozzáférés-hozzárendelések',
};

describe('errata of 24 November 2026 on the cards of edition 2026-11', () => {
  it('E1: G6 moves legacy licences by the legacy transfer (no waiting for the term end); "what changed" compares with the 2020 page', () => {
    shows(G6, {
      'en-US': 'the current partner creates the legacy transfer and you accept it',
      'ru-RU': 'текущий партнер создает передачу устаревших подписок, а вы ее принимаете',
      'zh-CN': '由当前合作伙伴创建旧版转移，您接受该转移',
      'pt-BR': 'o parceiro atual cria a transferência herdada e você a aceita',
      'hu-HU': 'a jelenlegi partner hozza létre az örökölt átadást, Ön pedig elfogadja',
    });
    for (const locale of LOCALES) {
      const note = card(G6, locale).notes.find((n) => n.id === 'changedLicenseTransfer');
      assert.ok(note && note.text.includes('2020') && !note.text.includes('2024'), `${locale}: ${note?.text}`);
    }
  });

  it('E2: G6 names the Microsoft Customer Agreement before, GDAP and the old GDAP relationship after, and the partner of record for an indirect provider', () => {
    shows(G6, {
      'en-US': 'Microsoft Customer Agreement',
      'ru-RU': 'Клиентское соглашение Майкрософт',
      'zh-CN': 'Microsoft 客户协议',
      'pt-BR': 'Contrato de Cliente da Microsoft',
      'hu-HU': 'Microsoft Ügyfélszerződést',
    });
    shows(G6, {
      'en-US': "the customer removes the old partner's GDAP relationship",
      'ru-RU': 'клиент удаляет отношения GDAP старого партнера',
      'zh-CN': '客户删除原合作伙伴的 GDAP 关系',
      'pt-BR': 'o cliente remove a relação GDAP do parceiro antigo',
      'hu-HU': 'az ügyfél eltávolítja a korábbi partner GDAP-kapcsolatát',
    });
    shows(
      { ...G6, partnerType: 'indirectProvider' },
      {
        'en-US': 'set your reseller as the partner of record',
        'ru-RU': 'укажите своего торгового посредника как партнера записи',
        'zh-CN': '将您的经销商设置为记录合作伙伴',
        'pt-BR': 'defina seu revendedor como parceiro de registro',
        'hu-HU': 'állítsa be a viszonteladóját nyilvántartott partnerként',
      },
    );
  });

  it('E3: G4 names the Microsoft Partner Agreement, prices, Marketplace, and neither RBAC nor AOBO coming along', () => {
    shows(G4, {
      'en-US': 'Microsoft Partner Agreement',
      'ru-RU': 'Соглашение с партнером Майкрософт',
      'zh-CN': 'Microsoft 合作伙伴协议',
      'pt-BR': 'Contrato de Parceiro da Microsoft',
      'hu-HU': 'Microsoft Partnerszerződést',
    });
    shows(G4, {
      'en-US': "the current partner's CSP prices don't",
      'ru-RU': 'цены CSP текущего партнера — нет',
      'zh-CN': '当前合作伙伴的 CSP 价格不会沿用',
      'pt-BR': 'os preços do CSP do parceiro atual não',
      'hu-HU': 'a jelenlegi partner CSP-árai viszont nem',
    });
    for (const locale of LOCALES) assert.ok(/AOBO/.test(card(G4, locale).all) && /RBAC/.test(card(G4, locale).all), locale);
  });

  it('E4: G3 says what associating another directory removes, classic resources first, no billing history; Azure Expert MSP quotas reset', () => {
    shows(G3, {
      'en-US': "Billing and usage history don't move",
      'ru-RU': 'История выставления счетов и использования не переносится',
      'zh-CN': '计费和使用历史记录不会转移',
      'pt-BR': 'O histórico de cobrança e de uso não é transferido',
      'hu-HU': 'A számlázási és használati előzmények nem kerülnek át',
    });
    shows(G3, {
      'en-US': 'Quota increases reset to the defaults',
      'ru-RU': 'Увеличенные квоты сбрасываются до значений по умолчанию',
      'zh-CN': '配额增加将重置为默认值',
      'pt-BR': 'Os aumentos de cota voltam aos valores padrão',
      'hu-HU': 'A kvótaemelések visszaállnak az alapértékekre',
    });
  });

  it('E5: G1, G5 and G6 have the partner assign access to its security groups after approval', () => {
    shows(G1, ACCESS_ASSIGNMENT, 'G1');
    shows(G5, ACCESS_ASSIGNMENT, 'G5');
    for (const locale of LOCALES) {
      const steps = card(G1, locale).steps.map((s) => s.text);
      const assign = steps.findIndex((s) => s.includes(ACCESS_ASSIGNMENT[locale]));
      assert.ok(assign > 0 && steps[assign - 1]!.includes('GDAP'), `${locale}: access is assigned after GDAP is requested`);
    }
  });

  it('E6: US Government results carry their own steps: no GDAP request, ask Partner Center support', () => {
    const usgov: CompleteAnswers = { ...G1, cloud: 'usgov' };
    const outcome = decide(usgov, '2026-11');
    assert.equal(outcome.variant, 'usgov');
    assert.ok(!(outcome.requires ?? []).includes('gdap'));
    shows(usgov, {
      'en-US': 'ask Partner Center support how administrator access is granted',
      'ru-RU': 'уточните в службе поддержки Центра партнеров, как предоставляется доступ администратора',
      'zh-CN': '请向合作伙伴中心支持部门确认如何授予管理员访问权限',
      'pt-BR': 'confirme com o suporte do Partner Center como o acesso de administrador é concedido',
      'hu-HU': 'a Partnerközpont támogatási szolgálatánál tisztázza, hogyan kaphat rendszergazdai hozzáférést',
    });
    for (const locale of LOCALES) {
      const english = card(G1, 'en-US').steps.length;
      assert.equal(card(usgov, locale).steps.length, english - 1, `${locale}: the GDAP request and access steps give way to one`);
    }
  });

  it('E7: EA results send the partner to Microsoft for access instead of a GDAP step', () => {
    const ea: CompleteAnswers = { ...G1, channel: 'ea' };
    assert.equal(decide(ea, '2026-11').variant, 'ea');
    shows(ea, {
      'en-US': 'ask Microsoft how the customer can give you access to them',
      'ru-RU': 'узнайте у Майкрософт, как клиент может предоставить вам доступ к ним',
      'zh-CN': '请向 Microsoft 咨询客户如何授予您对这些订阅的访问权限',
      'pt-BR': 'pergunte à Microsoft como o cliente pode lhe dar acesso a elas',
      'hu-HU': 'kérdezze meg a Microsoftot, hogyan adhat az ügyfél hozzáférést ezekhez',
    });
  });

  it('E8: the US Government transfer note says the tenant-migration page covers that cloud (partly confirmed: read on a mirror)', () => {
    for (const row of [G4, G6]) {
      for (const locale of LOCALES) {
        const note = card({ ...row, cloud: 'usgov' }, locale).notes.find((n) => n.id === 'usgovTransfer');
        assert.ok(note && note.text.includes('Microsoft Cloud for US Government'), locale);
      }
    }
    assert.ok(!catalogFor('en-US').notes.usgovTransfer.text.includes("don't say"));
  });

  it('E9: every 21Vianet result says GDAP there is to be confirmed with 21Vianet', () => {
    const china: CompleteAnswers = { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support', partnerType: 'direct' };
    for (const locale of LOCALES) {
      const note = card(china, locale).notes.find((n) => n.id === 'chinaGdap');
      assert.ok(note && note.text.includes('GDAP') && /21Vianet|世纪互联/.test(note.text), locale);
    }
  });

  it('E10: G2 turns off recurring billing instead of cancelling near the term end (7-day window)', () => {
    shows(G2, {
      'en-US': 'cancelled only within 7 days of purchase or renewal',
      'ru-RU': 'можно отменить только в течение 7 дней после покупки или продления',
      'zh-CN': '只能在购买或续订后 7 天内取消',
      'pt-BR': 'só pode ser cancelada até 7 dias após a compra ou a renovação',
      'hu-HU': 'csak a vásárlást vagy megújítást követő 7 napon belül mondható le',
    });
  });

  it('E11: the two moved links point at paths Microsoft serves', () => {
    for (const locale of LOCALES) {
      assert.equal(linkUrl('work-with-partners', locale), `https://learn.microsoft.com/${locale.toLowerCase()}/partner-center/work-with-other-partners`);
      assert.equal(
        linkUrl('indirect-provider', locale),
        `https://learn.microsoft.com/${locale.toLowerCase()}/partner-center/customers/indirect-provider-tasks-in-partner-center`,
      );
    }
    const g7: CompleteAnswers = { ...base, channel: 'syndication', service: 'usage' };
    assert.ok(card(g7, 'en-US').links.some((l) => l.url.endsWith('/partner-center/work-with-other-partners')));
  });

  it('E12: G5 is titled by what to do, not like a refusal; its verdict id stays notCovered', () => {
    const titles: Fragments = {
      'en-US': 'Multi-partner: you can work with this customer too',
      'ru-RU': 'Несколько партнеров: вы тоже можете работать с этим клиентом',
      'zh-CN': '多合作伙伴：您也可以与此客户合作',
      'pt-BR': 'Multiparceiro: você também pode trabalhar com este cliente',
      'hu-HU': 'Többpartneres eset: Ön is dolgozhat ezzel az ügyféllel',
    };
    for (const locale of LOCALES) {
      const data = card(G5, locale);
      assert.equal(data.verdict, 'notCovered');
      assert.ok(data.verdictLabel.endsWith(titles[locale]), `${locale}: ${data.verdictLabel}`);
      assert.ok(!data.verdictLabel.includes(catalogFor(locale).verdicts.notCovered));
    }
  });
});
