// Localized text: the catalog of each language, placeholders, and dates and times written as each
// language writes them, with no-break spaces (a date is never split across lines nor read as a list).
import { strict as assert } from 'assert';
import enUS from '../../content/texts/en-US.json';
import huHU from '../../content/texts/hu-HU.json';
import { availableLocales, catalogFor, format, formatDate, formatRelativeDays, formatTime, localeOfCatalog } from '../../src/domain/textCatalog';

const nb = (text: string): string => text.replace(/ /g, '\u00a0');

describe('text catalog', () => {
  it('has a catalog for each of the five languages, in the order the language picker shows them', () => {
    assert.deepEqual(availableLocales(), ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU']);
    assert.equal(catalogFor('hu-HU'), huHU);
    assert.equal(catalogFor('en-US'), enUS);
  });

  it('knows the language of a catalog, and takes a catalog made elsewhere as English', () => {
    assert.equal(localeOfCatalog(catalogFor('ru-RU')), 'ru-RU');
    assert.equal(localeOfCatalog(catalogFor('zh-CN')), 'zh-CN');
    assert.equal(localeOfCatalog({ ...huHU }), 'en-US');
  });

  it('fills each placeholder it is given, as often as it occurs, and leaves an unknown one visible', () => {
    assert.equal(format('{name} has {count} items; {name} again', { name: 'Contoso', count: 3 }), 'Contoso has 3 items; Contoso again');
    assert.equal(format('Hello {who}', {}), 'Hello {who}');
    assert.equal(format('Hello {who}'), 'Hello {who}');
    assert.equal(format('{toString} and {0}', { 0: 'zero' }), '{toString} and zero');
  });

  it('writes a day as each language writes it, with no-break spaces', () => {
    assert.equal(formatDate('2023-10-09', 'en-US'), nb('October 9, 2023'));
    assert.equal(formatDate('2023-10-09', 'hu-HU'), nb('2023. október 9.'));
    assert.equal(formatDate('2023-10-09', 'pt-BR'), nb('9 de outubro de 2023'));
    assert.equal(formatDate('2023-10-09', 'zh-CN'), '2023年10月9日');
    assert.equal(formatDate('2024-01-01', 'en-US'), nb('January 1, 2024'), 'the first day of a year in UTC, not the last of the one before');
  });

  it('writes a moment as each language writes a date and a time, in UTC and saying so, with no-break spaces', () => {
    assert.equal(formatTime('2026-11-24T18:05:00Z', 'en-US'), nb('Nov 24, 2026, 6:05 PM UTC'));
    assert.equal(formatTime('2026-11-24T18:05:00Z', 'pt-BR'), nb('24 de nov. de 2026, 18:05 UTC'));
    assert.equal(formatTime('2026-11-24T20:05:00+02:00', 'hu-HU'), nb('2026. nov. 24. 18:05 UTC'));
    assert.equal(formatTime('2026-11-24T18:05:00Z', 'en-US'), nb('Nov 24, 2026, 6:05 PM UTC'), 'the kept formatter writes the same');
  });

  it('shows an unreadable time as it came', () => {
    assert.equal(formatTime('not a time', 'en-US'), 'not a time');
    assert.equal(formatTime('', 'ru-RU'), '');
  });

  it('writes whole days from now in each language, a day away or none in its own word', () => {
    assert.equal(formatRelativeDays(-3, 'en-US'), '3 days ago');
    assert.equal(formatRelativeDays(7, 'en-US'), 'in 7 days');
    assert.equal(formatRelativeDays(1, 'zh-CN'), '明天');
    assert.equal(formatRelativeDays(-1, 'pt-BR'), 'ontem');
    assert.equal(formatRelativeDays(0, 'ru-RU'), 'сегодня');
    assert.equal(formatRelativeDays(-0, 'hu-HU'), 'ma', 'nothing elapsed is today, not "0 days ago"');
    assert.equal(formatRelativeDays(-0, 'en-US'), 'today');
  });
});
