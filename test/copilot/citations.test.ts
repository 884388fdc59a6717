// The verdict's sources, cited in every language: every result of every answer combination marks
// each of its links with [n] in its one-sentence reading and in its whole text, each source named
// as the result's link in that language and pointing at the page in that language. And the
// conversation starters of the manifest, in every language, are situations the advisor reads.
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { handleTurn } from '../../src/conversation/advisor/flow';
import { viewOf } from '../../src/conversation/advisor/viewModels';
import { outcomeText, verdictTitle } from '../../src/conversation/advisor/resultView';
import { MAX_SOURCES, withMarkers } from '../../src/conversation/advisor/citations';
import { everyResult } from '../support/allCards';
import { PROJECT_ROOT } from '../support/paths';

const LEARN_SEGMENT: Record<LocaleTag, string> = { 'en-US': 'en-us', 'ru-RU': 'ru-ru', 'zh-CN': 'zh-cn', 'pt-BR': 'pt-br', 'hu-HU': 'hu-hu' };

function markers(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

describe('citations of the verdict in every language', () => {
  it('ships all five languages', () => assert.equal(availableLocales().length, 5));

  for (const locale of availableLocales()) {
    describe(locale, () => {
      const c = catalogFor(locale);
      const english = catalogFor('en-US');

      it('marks every link of every result in the verdict sentence and in the whole text, in order', () => {
        let checked = 0;
        for (const reply of everyResult()) {
          if (reply.kind !== 'result') continue;
          const view = viewOf(reply, c, locale);
          assert.ok('card' in view && view.cited, 'a result view has its citations');
          const { sentence, text, sources } = view.cited;
          const positions = sources.map((s) => s.position);
          assert.equal(sources.length, Math.min(reply.outcome.links.length, MAX_SOURCES));
          assert.ok(sources.length > 0, `${reply.outcome.row} rests on at least one page`);
          assert.deepEqual(
            positions,
            sources.map((_, i) => i + 1),
          );
          assert.deepEqual(markers(sentence), positions, 'the sentence marks every source once');
          assert.deepEqual([...new Set(markers(text))], positions, 'the text marks only these sources');
          assert.ok(text.startsWith(sentence), 'the one-sentence reading comes first');
          // The row's own title where it has one (G5, erratum E12), else the verdict's.
          assert.ok(sentence.startsWith(`${verdictTitle(c, reply.outcome)}${c.separators.label}${outcomeText(c, reply.outcome).summary}`));
          sources.forEach((s, i) => {
            const id = reply.outcome.links[i]!;
            assert.equal(s.name, c.links[id], 'named as the link in this language');
            if (s.url.startsWith('https://learn.microsoft.com/')) assert.ok(s.url.includes(`/${LEARN_SEGMENT[locale]}/`), s.url);
            assert.ok(s.abstract.includes(s.name) && s.abstract.length <= 160 && s.name.length <= 80);
            if (locale !== 'en-US')
              assert.notEqual(s.abstract, `${english.citations.abstract.replace('{title}', english.links[id])}`, 'the abstract is translated');
            assert.ok(text.includes(`[${s.name}](${s.url}) [${s.position}]`), 'the source is listed with its marker');
          });
          for (const heading of [c.result.stepsHeading, c.result.linksHeading, c.result.answersHeading]) assert.ok(text.includes(heading), heading);
          if (locale !== 'en-US')
            for (const heading of [english.result.stepsHeading, english.result.linksHeading]) assert.ok(!text.includes(heading), `English "${heading}" left`);
          checked += 1;
        }
        assert.ok(checked >= 13, `${checked} results`);
      });
    });
  }

  it('puts the markers straight after Chinese full-width punctuation and after a space elsewhere', () => {
    const sources = [
      { position: 1, name: 'a', url: 'https://a.invalid/', abstract: 'a' },
      { position: 2, name: 'b', url: 'https://b.invalid/', abstract: 'b' },
    ];
    assert.equal(withMarkers('可以。', sources), '可以。[1][2]');
    assert.equal(withMarkers('Yes.', sources), 'Yes. [1][2]');
    assert.equal(withMarkers('Yes.', []), 'Yes.');
  });
});

describe('conversation starters of the manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'manifest', 'manifest.json'), 'utf8')) as {
    bots: { commandLists: { scopes: string[]; commands: { title: string; type?: string; prompt?: string }[] }[] }[];
  };
  const listIndex = manifest.bots[0]!.commandLists.findIndex((l) => l.scopes.includes('personal'));
  const starters = manifest.bots[0]!.commandLists[listIndex]!.commands;
  const files: Record<string, LocaleTag> = { 'manifest.json': 'en-US', 'ru.json': 'ru-RU', 'zh-cn.json': 'zh-CN', 'pt.json': 'pt-BR', 'hu.json': 'hu-HU' };

  for (const [file, locale] of Object.entries(files)) {
    it(`${file}: each starter, sent as is, is understood and answers at least two questions (${locale})`, () => {
      const strings =
        file === 'manifest.json' ? undefined : (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'manifest', file), 'utf8')) as Record<string, string>);
      const c = catalogFor(locale);
      const ctx = {
        catalog: c,
        fallbackCatalogs: locale === 'en-US' ? [] : [catalogFor('en-US')],
        commandCatalogs: availableLocales()
          .filter((l) => l !== locale)
          .map(catalogFor),
        locale,
        edition: DEFAULT_EDITION,
        preset: {},
        welcomeFirstMessage: true,
        newConsultationId: () => 'starter',
      };
      starters.forEach((starter, i) => {
        const prompt = strings ? strings[`bots[0].commandLists[${listIndex}].commands[${i}].prompt`] : starter.prompt;
        assert.ok(prompt, `starter ${i} has a prompt`);
        const result = handleTurn(undefined, { kind: 'text', text: prompt }, ctx);
        const answered = Object.keys(result.state.answers).length;
        assert.ok(answered >= 2, `"${prompt}" answers ${answered} question(s)`);
        assert.ok(!result.replies.some((r) => r.kind === 'welcome' || r.kind === 'help'), `"${prompt}" goes straight to the case`);
      });
    });
  }
});
