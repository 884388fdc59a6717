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
import { SHIPPED_PACK, copyPack, packWith, removeCopies } from './packCopies';

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

function glossary(locale: string): { locale: string; terms: Array<{ id: string; term: string; ruledOut: string[] }> } {
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

  it('requires a glossary for every language and the concepts of the English one', () => {
    const missing = copyPack();
    fs.rmSync(path.join(missing, 'glossary', 'hu-HU.json'));
    assert.deepEqual(lines(missing), ['glossary/hu-HU.json: (file): missing: every pack has this file']);
    const short = lines(packWith('glossary/ru-RU.json', (g) => void (g.terms = g.terms.filter((t: { id: string }) => t.id !== 'partnerOfRecord'))));
    assert.deepEqual(short, ['glossary/ru-RU.json: terms: has no term partnerOfRecord (glossary/en-US.json has it)']);
  });
});
