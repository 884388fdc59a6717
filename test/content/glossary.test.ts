// One glossary per language (content/glossary/<locale>.json): Microsoft's term for each concept and
// the words it rules out. The content check passes the shipped pack and the sample overlay, and
// fails, naming the file, the key and the term, on a ruled-out word planted in a text, a page or an
// overlay. The terms come from the review of the translations of 24 November 2026.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { containsTerm, formatProblems } from '../../src/domain/contentPack';
import { LOCALES } from '../../src/domain/locales';
import { checkPackDir } from '../../src/hosting/content/readPack';
import { PROJECT_ROOT } from '../support/paths';
import { Json, SHIPPED_PACK, copyPack, packWith, removeCopies } from './packCopies';

const TODAY = '2026-12-01';
const lines = (dir: string): string[] => formatProblems(checkPackDir(dir, TODAY));
const REVIEWED_TERMS = [
  'newCommerce',
  'requestGdap',
  'transferRequest',
  'tenantId',
  'status',
  'adminAgent',
  'azurePlan',
  'resellerRelationship',
  'partnerOfRecord',
  'accessAssignment',
  'securityGroup',
  'customerAgreement',
  'partnerAgreement',
];

/** The concepts the review of 25 November 2026 found named two ways ("The glossaries"). */
const DRIFTING_CONCEPTS = [
  'advisor',
  'indirectReseller',
  'indirectProvider',
  'customerApproval',
  'caseItem',
  'usgovPartnerCenter',
  'vianetPartnerCenter',
  'partnerCenterSupport',
  'enterpriseAgreement',
  'statusActive',
  'proRataCredit',
  'aobo',
  // Named in issue 64 with them: already in the glossary, now with their other names too.
  'requestGdap',
  'transferRequest',
  'tenantId',
  'adminAgent',
  'status',
];

function glossary(locale: string): { locale: string; terms: Array<{ id: string; term: string; ruledOut: string[]; otherTerms?: string[] }> } {
  return JSON.parse(fs.readFileSync(path.join(SHIPPED_PACK, 'glossary', `${locale}.json`), 'utf8'));
}

const runCheck = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'content-check.ts'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('glossary per language', () => {
  after(removeCopies);

  it('has every term the translation review names, in all five languages, with Microsoft’s term', () => {
    for (const locale of LOCALES) {
      const g = glossary(locale);
      assert.equal(g.locale, locale);
      for (const id of REVIEWED_TERMS)
        assert.ok(
          g.terms.some((t) => t.id === id && t.term.length > 0),
          `${locale}: ${id}`,
        );
    }
    assert.equal(glossary('ru-RU').terms.find((t) => t.id === 'tenantId')?.term, 'идентификатор тенанта');
    assert.ok(
      glossary('zh-CN')
        .terms.find((t) => t.id === 'requestGdap')
        ?.ruledOut.includes('申请 GDAP'),
    );
    assert.equal(glossary('hu-HU').terms.find((t) => t.id === 'newCommerce')?.term, 'új kereskedelmi élmény');
    assert.equal(glossary('pt-BR').terms.find((t) => t.id === 'status')?.term, 'Status');
  });

  it('matches whole words in alphabetic scripts and anywhere in Chinese', () => {
    assert.ok(containsTerm('Verifique a Situação da solicitação.', 'situação da solicitação'));
    assert.ok(!containsTerm('рекордпартнеры', 'партнер'));
    assert.ok(containsTerm('请先申请 GDAP。', '申请 GDAP'));
    assert.ok(!containsTerm('a rendszergazdai ügynök', 'Rendszergazdai ügynök', true));
  });

  it('passes the shipped pack and the sample overlay', () => {
    assert.deepEqual(lines(SHIPPED_PACK), []);
    const result = runCheck('--overlay', path.join(PROJECT_ROOT, 'examples', 'overlay'), '--today', TODAY);
    assert.equal(result.status, 0, result.stderr);
  });

  it('fails on a ruled-out term planted in a Russian text (the tenant ID the review found)', () => {
    const dir = packWith('texts/ru-RU.json', (t) => void (t.actions.fields.tenantId = 'Идентификатор клиента (тенанта)'));
    assert.deepEqual(lines(dir), [
      'texts/ru-RU.json: actions.fields.tenantId: "идентификатор клиента (тенанта)" is ruled out by the ru-RU glossary (term tenantId): write "идентификатор тенанта"',
      'texts/ru-RU.json: actions.fields.tenantId: "клиента (тенанта)" is ruled out by the ru-RU glossary (term tenantId): write "идентификатор тенанта"',
    ]);
  });

  it('fails on a ruled-out term planted in a Chinese step and in a page', () => {
    const steps = lines(packWith('texts/zh-CN.json', (t) => void (t.outcomes['2026-11'].G5.steps[1] = '客户接受后，按所需角色申请 GDAP。')));
    assert.deepEqual(steps, [
      'texts/zh-CN.json: outcomes.2026-11.G5.steps.1: "申请 GDAP" is ruled out by the zh-CN glossary (term requestGdap): write "请求 GDAP"',
    ]);
    const page = lines(packWith('pages/panel.json', (p) => void (p['pt-BR'].title = 'Verificar situação do cliente')));
    assert.deepEqual(page, ['pages/panel.json: pt-BR.title: "verificar situação" is ruled out by the pt-BR glossary (term status): write "Status"']);
  });

  it('fails on a Hungarian role name capitalised in running text (matched with its case)', () => {
    const dir = packWith('texts/hu-HU.json', (t) => void (t.actions.steps.transferIntro = 'A kérelmet a jelenlegi partner Rendszergazdai ügynöke fogadja el.'));
    assert.ok(lines(dir).some((l) => l.startsWith('texts/hu-HU.json: actions.steps.transferIntro: "partner Rendszergazdai ügynöke" is ruled out')));
  });

  it('fails on a ruled-out term in a partner overlay (npm run content:check -- --overlay)', () => {
    const overlay = copyPack();
    for (const f of fs.readdirSync(overlay)) fs.rmSync(path.join(overlay, f), { recursive: true, force: true });
    fs.cpSync(path.join(PROJECT_ROOT, 'examples', 'overlay'), overlay, { recursive: true });
    const file = path.join(overlay, 'pt-BR.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.rows.G1.steps[0] = 'Use a nova experiência de comércio.';
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
    const result = runCheck('--overlay', overlay, '--today', TODAY);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /pt-BR\.json: rows\.G1\.steps\.0: "nova experiência de comércio" is ruled out by the pt-BR glossary \(term newCommerce\)/);
  });

  it('has every concept the review of 25 November 2026 found drifting, in five languages, each with its other names', () => {
    for (const locale of LOCALES)
      for (const id of DRIFTING_CONCEPTS) {
        const term = glossary(locale).terms.find((t) => t.id === id);
        assert.ok(term && term.term.length > 0, `${locale}: ${id}`);
        assert.ok((term.otherTerms ?? []).length > 0, `${locale}: ${id} lists no other names`);
      }
    // The review's table ("The glossaries") and its Microsoft references.
    const termOf = (locale: string, id: string) => glossary(locale).terms.find((t) => t.id === id)?.term;
    assert.equal(termOf('ru-RU', 'advisor'), 'консультант');
    assert.equal(termOf('pt-BR', 'advisor'), 'consultor');
    assert.equal(termOf('ru-RU', 'indirectReseller'), 'косвенный торговый посредник');
    assert.equal(termOf('ru-RU', 'customerApproval'), 'утвердить');
    assert.equal(termOf('zh-CN', 'caseItem'), '请求');
    assert.equal(termOf('zh-CN', 'usgovPartnerCenter'), 'Microsoft Cloud for US Government 合作伙伴中心');
    assert.equal(termOf('zh-CN', 'statusActive'), '活动');
    assert.equal(termOf('hu-HU', 'partnerCenterSupport'), 'a Partnerközpont támogatási szolgálata');
    assert.equal(termOf('hu-HU', 'enterpriseAgreement'), 'Nagyvállalati Szerződés');
    assert.equal(termOf('ru-RU', 'proRataCredit'), 'кредит');
    assert.equal(termOf('zh-CN', 'proRataCredit'), '抵免');
  });

  it('matches a stem (a word ending in *) with any ending, and only from a word’s start', () => {
    assert.ok(containsTerm('попросите своего непрямого поставщика', 'непрям*'));
    assert.ok(!containsTerm('прямого поставщика', 'непрям*'));
    assert.ok(containsTerm('egyeztesse a Partnerközpont ügyfélszolgálatával', 'Partnerközpont ügyfélszolgálat*'));
    assert.ok(!containsTerm('a Nagyvállalati Szerződés (EA) keretében', 'nagyvállalati szerződés*', true));
    assert.ok(containsTerm('a nagyvállalati szerződéssel', 'nagyvállalati szerződés*', true));
  });

  // Each finding of the review, planted back where the review found it: the check names it, also
  // in a form the glossary does not list word for word (an inflection, a stem).
  const planted: Array<[string, string, (t: Json) => void, string[]]> = [
    [
      'R1',
      'texts/ru-RU.json',
      (t) =>
        void (t.actions.notOffered.transferViaProvider =
          'Как непрямой торговый посредник, вы не создаете запрос на перенос сами: попросите своего непрямого поставщика создать его.'),
      [
        'texts/ru-RU.json: actions.notOffered.transferViaProvider: "запрос на перенос" is ruled out by the ru-RU glossary (term transferRequest): write "запрос на передачу"',
        'texts/ru-RU.json: actions.notOffered.transferViaProvider: "непрям*" is another name for indirectReseller in the ru-RU glossary: one name per concept, write "косвенный торговый посредник"',
        'texts/ru-RU.json: actions.notOffered.transferViaProvider: "непрям*" is another name for indirectProvider in the ru-RU glossary: one name per concept, write "косвенный поставщик"',
      ],
    ],
    [
      'R4',
      'texts/ru-RU.json',
      (t) => void (t.myCases.otherChat = 'Этот запрос начат в другой беседе с помощником, его карточка находится там. Вот его текущее состояние.'),
      ['texts/ru-RU.json: myCases.otherChat: "помощник*" is another name for advisor in the ru-RU glossary: one name per concept, write "консультант"'],
    ],
    [
      'R5',
      'texts/ru-RU.json',
      (t) => void (t.outcomes['2026-11']['G6-usgov'].steps[3] = 'За предоплаченный годовой срок текущему партнеру пропорционально возвращается остаток.'),
      [
        'texts/ru-RU.json: outcomes.2026-11.G6-usgov.steps.3: "возвращается остаток" is another name for proRataCredit in the ru-RU glossary: one name per concept, write "кредит"',
      ],
    ],
    [
      'R7',
      'texts/ru-RU.json',
      (t) => void (t.outcomes['2026-11'].G5.steps[2] = 'Когда клиент одобрит запрос, назначьте доступ.'),
      [
        'texts/ru-RU.json: outcomes.2026-11.G5.steps.2: "клиент одобр*" is another name for customerApproval in the ru-RU glossary: one name per concept, write "утвердить"',
        'texts/ru-RU.json: outcomes.2026-11.G5.steps.2: "одобрит запрос" is another name for customerApproval in the ru-RU glossary: one name per concept, write "утвердить"',
      ],
    ],
    [
      'R9',
      'texts/ru-RU.json',
      (t) => void (t.question.nothingToChange = 'Вы ещё не ответили ни на один вопрос.'),
      ['texts/ru-RU.json: question.nothingToChange: /[ёЁ]/ is ruled out by the ru-RU glossary: write «е» («Е»)'],
    ],
    [
      'Z1',
      'texts/zh-CN.json',
      (t) => void (t.actions.notOffered.gdapUsgov = 'Microsoft 文档说明 GDAP 在美国政府版 Microsoft 云合作伙伴中心不可用。'),
      [
        'texts/zh-CN.json: actions.notOffered.gdapUsgov: "美国政府版 Microsoft 云" is another name for usgovPartnerCenter in the zh-CN glossary: one name per concept, write "Microsoft Cloud for US Government 合作伙伴中心"',
      ],
    ],
    [
      'Z2',
      'texts/zh-CN.json',
      (t) => void (t.actions.gdapStatuses.active = '有效：客户已批准'),
      ['texts/zh-CN.json: actions.gdapStatuses.active: "有效：" is another name for statusActive in the zh-CN glossary: one name per concept, write "活动"'],
    ],
    [
      'Z3',
      'texts/zh-CN.json',
      (t) => void (t.followUps.answers.nothingToRemind = '此事项已结束，无需再提醒。'),
      ['texts/zh-CN.json: followUps.answers.nothingToRemind: "此事项" is another name for caseItem in the zh-CN glossary: one name per concept, write "请求"'],
    ],
    [
      'P1',
      'texts/pt-BR.json',
      (t) => void (t.myCases.nextSteps.startAgain = 'Inicie uma nova solicitação a partir do resultado do assistente.'),
      [
        'texts/pt-BR.json: myCases.nextSteps.startAgain: "assistente*" is another name for advisor in the pt-BR glossary: one name per concept, write "consultor"',
      ],
    ],
    [
      'P3',
      'texts/pt-BR.json',
      (t) => void (t.actions.signIn.failed = 'Não foi possível entrar. Selecione "{action}" novamente.'),
      ['texts/pt-BR.json: actions.signIn.failed: /"/ is ruled out by the pt-BR glossary: write typographic quotes “…”'],
    ],
    [
      'H2',
      'texts/hu-HU.json',
      (t) => void (t.actions.notOffered.gdapUsgov = 'A részleteket egyeztesse a Partnerközpont ügyfélszolgálatával.'),
      [
        'texts/hu-HU.json: actions.notOffered.gdapUsgov: "Partnerközpont ügyfélszolgálat*" is another name for partnerCenterSupport in the hu-HU glossary: one name per concept, write "a Partnerközpont támogatási szolgálata"',
      ],
    ],
    [
      'H3',
      'texts/hu-HU.json',
      (t) => void (t.actions.notOffered.gdapEa = 'A GDAP nem terjed ki a nagyvállalati szerződéssel vásárolt előfizetésekre.'),
      [
        'texts/hu-HU.json: actions.notOffered.gdapEa: "nagyvállalati szerződés*" is another name for enterpriseAgreement in the hu-HU glossary: one name per concept, write "Nagyvállalati Szerződés"',
      ],
    ],
    [
      'H10',
      'texts/hu-HU.json',
      (t) => void (t.myCases.nextSteps.requestGdap = 'Kérjen GDAP-t az ügyfélhez.'),
      ['texts/hu-HU.json: myCases.nextSteps.requestGdap: "GDAP-t" is ruled out by the hu-HU glossary (term requestGdap): write "GDAP kérése"'],
    ],
  ];
  for (const [id, file, plant, expected] of planted)
    it(`${id}: the drifting name the review found is caught when planted back`, () => {
      assert.deepEqual(lines(packWith(file, (t) => void plant(t))), expected);
    });

  it('fails on a glossary that rules out its own term or holds a rule that is no regular expression', () => {
    const dir = packWith('glossary/ru-RU.json', (g) => {
      g.terms.find((t: { id: string }) => t.id === 'advisor').otherTerms.push('консульт*');
      g.rules.push({ pattern: '[ё', write: 'е' });
    });
    assert.deepEqual(
      lines(dir).filter((l) => l.startsWith('glossary/')),
      [
        'glossary/ru-RU.json: rules.1.pattern: is not a regular expression: [ё',
        'glossary/ru-RU.json: terms.13: the term "консультант" contains "консульт*", which it rules out',
      ],
    );
  });

  it('requires a glossary for every language and the concepts of the English one', () => {
    const missing = copyPack();
    fs.rmSync(path.join(missing, 'glossary', 'hu-HU.json'));
    assert.deepEqual(lines(missing), ['glossary/hu-HU.json: (file): missing: every pack has this file']);
    const short = lines(packWith('glossary/ru-RU.json', (g) => void (g.terms = g.terms.filter((t: { id: string }) => t.id !== 'partnerOfRecord'))));
    assert.deepEqual(short, ['glossary/ru-RU.json: terms: has no term partnerOfRecord (glossary/en-US.json has it)']);
  });
});
