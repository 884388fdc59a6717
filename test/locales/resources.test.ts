// The locale resources: same keys everywhere, no empty or untranslated text, placeholders intact,
// valid UTF-8, and the commands Teams offers recognised in every language.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder } from 'util';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { recognizeCommand, COMMAND_IDS } from '../../src/domain/reading';
import { PROJECT_ROOT } from '../support/paths';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const LOCALE_DIR = path.join(PROJECT_ROOT, 'content', 'texts');

/** Values that may be the same in every language: product and program names only. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Partner Center', 'Azure', 'CSP', 'EA', 'Open', 'Advisor', '21Vianet', 'Microsoft 365', 'Microsoft Teams']);

/** Words a language writes as English does because Microsoft's UI in that language does: Partner Center pt-BR says "Status". */
const SAME_AS_ENGLISH_IN: Partial<Record<string, ReadonlySet<string>>> = { 'pt-BR': new Set(['Status']) };

/** Latin-script words allowed in Russian and Chinese text: product, program and role names. */
const LATIN_ALLOWED = new Set(
  [
    'Partner',
    'Center',
    'Azure',
    'CSP',
    'EA',
    'Open',
    'Advisor',
    '21Vianet',
    'Microsoft',
    'Office',
    '365',
    'Dynamics',
    'CRM',
    'EMS',
    'GDAP',
    // Admin on behalf of and the commercial marketplace, as Microsoft names them in every language (erratum E3).
    'AOBO',
    'Marketplace',
    'DAP',
    'Teams',
    'Cloud',
    'for',
    'US',
    'Government',
    'Enterprise',
    'Agreement',
    'Syndication',
    'Licensing',
    'M365',
    'O365',
    'Global',
    'admin',
    'User',
    'Sales',
    'agent',
    'IT',
    'T1',
    'T2',
    'Tier',
    'OLP',
    'MOSP',
    'PAYG',
    'Mooncake',
    'GCC',
    'Value',
    'Web',
    'Direct',
    'Entra',
    'ID',
    'RBAC',
    'MPSA',
    'MSP',
    'Expert',
    'NCE',
    'API',
    'License',
    'Resource',
    'Manager',
    'Graph',
  ].map((w) => w.toLowerCase()),
);

// Words that give away an English sentence left in a Portuguese or Hungarian text.
const ENGLISH_GIVEAWAYS =
  /(?<![\p{L}\p{N}])(the|and|with|your|you|this|that|customer|subscriptions?|request|relationship|please|which|where|can't|don't|isn't)(?![\p{L}\p{N}])/iu;

function read(locale: LocaleTag): { [key: string]: Json } {
  return JSON.parse(fs.readFileSync(path.join(LOCALE_DIR, `${locale}.json`), 'utf8')) as { [key: string]: Json };
}

/** Every leaf as [path, value]; arrays of strings count as one leaf. */
function leaves(node: Json, prefix = ''): [string, Json][] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, node]];
}

function placeholders(text: string): string[] {
  return (text.match(/\{\w+\}/g) ?? []).sort();
}

/** Match data: what users type, not what they read; checked for presence, not translation. */
function isMatchData(key: string): boolean {
  return key.startsWith('synonyms.') || key.endsWith('.phrases');
}

describe('locale resources', () => {
  const english = new Map(leaves(read('en-US')));

  it('ships all five languages', () => {
    assert.deepEqual(availableLocales(), [...LOCALES]);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const raw = fs.readFileSync(path.join(LOCALE_DIR, `${locale}.json`));
      const resource = new Map(leaves(read(locale)));

      it('is valid UTF-8 JSON without a byte-order mark', () => {
        assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(raw));
        assert.notEqual(raw[0], 0xef, 'no BOM');
      });

      it('has exactly the keys of en-US', () => {
        const missing = [...english.keys()].filter((k) => !resource.has(k));
        const extra = [...resource.keys()].filter((k) => !english.has(k));
        assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
      });

      it('has no empty value and the same placeholders and step counts as en-US', () => {
        for (const [key, value] of resource) {
          const source = english.get(key);
          if (Array.isArray(value)) {
            assert.ok(value.length > 0 && value.every((v) => typeof v === 'string' && v.trim().length > 0), `${key} has an empty entry`);
            if (!isMatchData(key)) assert.equal(value.length, (source as Json[]).length, `${key} has another number of items`);
            if (!isMatchData(key))
              (value as string[]).forEach((v, i) => assert.deepEqual(placeholders(v), placeholders((source as string[])[i]!), `${key}[${i}] placeholders`));
          } else {
            assert.equal(typeof value, 'string', key);
            assert.ok((value as string).trim().length > 0, `${key} is empty`);
            assert.deepEqual(placeholders(value as string), placeholders(source as string), `${key} placeholders`);
          }
        }
      });

      if (locale !== 'en-US') {
        it('translates everything but product names', () => {
          const untranslated: string[] = [];
          for (const [key, value] of resource) {
            if (isMatchData(key)) continue;
            const source = english.get(key);
            const pairs: [Json, Json][] = Array.isArray(value) ? value.map((v, i) => [v, (source as Json[])[i] ?? null]) : [[value, source ?? null]];
            for (const [translated, original] of pairs) {
              // Punctuation alone (a list separator, or a line laid out from placeholders: "{group}: {roles}") has nothing to translate.
              const words = typeof translated === 'string' && /\p{L}/u.test(translated.replace(/\{\w+\}/g, ''));
              if (
                translated === original &&
                words &&
                !SAME_IN_EVERY_LANGUAGE.has(translated as string) &&
                !SAME_AS_ENGLISH_IN[locale]?.has(translated as string)
              )
                untranslated.push(`${key}: ${String(translated)}`);
            }
          }
          assert.deepEqual(untranslated, []);
        });

        it('leaves no English sentence behind', () => {
          const offenders: string[] = [];
          for (const [key, value] of resource) {
            if (isMatchData(key)) continue;
            for (const text of Array.isArray(value) ? (value as string[]) : [value as string]) {
              const plain = text.replace(/\{\w+\}/g, '').replace(/\*\*/g, '');
              if (locale === 'ru-RU' || locale === 'zh-CN') {
                const latin = (plain.match(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w.toLowerCase()));
                if (latin.length > 0) offenders.push(`${key}: ${latin.join(' ')}`);
              } else if (ENGLISH_GIVEAWAYS.test(plain.replace(/Partner Center|Microsoft Customer Agreement/g, ''))) {
                offenders.push(`${key}: ${text}`);
              }
            }
          }
          assert.deepEqual(offenders, []);
        });
      }

      it('recognises its own command words and labels', () => {
        const c = catalogFor(locale);
        for (const id of COMMAND_IDS) {
          for (const phrase of c.commands[id].phrases) assert.equal(recognizeCommand(phrase, c, []), id, `${locale} "${phrase}"`);
          assert.equal(recognizeCommand(c.commands[id].label, c, []) ?? id, id, `${locale} label of ${id}`);
        }
      });
    });
  }

  it('never uses a command word of any language as an answer word of another', () => {
    const norm = (t: string): string =>
      t
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}?]+/gu, ' ')
        .trim();
    const commandWords = new Map<string, string>();
    for (const locale of LOCALES)
      for (const id of COMMAND_IDS) for (const p of catalogFor(locale).commands[id].phrases) commandWords.set(norm(p), `${locale} ${id}`);
    const clashes: string[] = [];
    for (const locale of LOCALES) {
      const c = catalogFor(locale);
      for (const [question, options] of Object.entries(c.synonyms)) {
        for (const [option, words] of Object.entries(options as Record<string, string[]>)) {
          const label = (c.questions[question as 'cloud'].options as Record<string, string>)[option]!;
          for (const w of [label, ...words])
            if (commandWords.has(norm(w))) clashes.push(`${locale} ${question}.${option} "${w}" is also ${commandWords.get(norm(w))}`);
        }
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('recognises the command titles the Teams manifest offers in each language', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'manifest', 'manifest.json'), 'utf8')) as {
      bots: { commandLists: { commands: { title: string; type?: string }[] }[] }[];
    };
    const files: Record<string, LocaleTag> = { 'ru.json': 'ru-RU', 'zh-cn.json': 'zh-CN', 'pt.json': 'pt-BR', 'hu.json': 'hu-HU' };
    for (const [file, locale] of Object.entries(files)) {
      const strings = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'manifest', file), 'utf8')) as Record<string, string>;
      manifest.bots[0]!.commandLists.forEach((list, li) =>
        list.commands.forEach((command, ci) => {
          // Conversation starters are situations to send, not command words (test/teams-package.test.ts).
          if (command.type === 'prompt') return;
          const english = recognizeCommand(command.title, catalogFor('en-US'), []);
          assert.ok(english, `manifest command "${command.title}" is a bot command`);
          const title = strings[`bots[0].commandLists[${li}].commands[${ci}].title`];
          assert.ok(title, `${file} translates command ${command.title}`);
          assert.equal(recognizeCommand(title, catalogFor(locale), []), english, `${file}: "${title}"`);
        }),
      );
    }
  });
});
