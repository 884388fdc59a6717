// Every card of the bot is a template in cards/ expanded by one renderer (cards.ts) with a typed
// view model: no template left unused, none holding words of its own (every text comes from the
// catalogs through the model), the renderer's two rules for "none" (a property bound to null, an
// empty list of the card's own buttons), and the kept render of the actions' cards keyed by their
// whole model, as the advice's cards are (renderCache.test.ts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CardTemplate, cardTemplateNames } from '../../src/conversation/cards/cards';
import { ActionView, actionCard } from '../../src/conversation/actions/actionCards';
import '../../src/conversation/followUps/followUpCards';
import '../../src/conversation/followUps/caseListCards';
import '../../src/conversation/team/teamCards';
import { catalogFor } from '../../src/domain/textCatalog';
import { PROJECT_ROOT } from '../support/paths';

const CARDS = path.join(PROJECT_ROOT, 'cards');

function templateFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? templateFiles(full) : e.name.endsWith('.json') ? [full] : [];
  });
}

const nameOf = (file: string): string =>
  path
    .relative(CARDS, file)
    .split(path.sep)
    .join('/')
    .replace(/\.json$/, '');

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('card templates', () => {
  it('renders every template in cards/ under its path, and no card from anywhere else', () => {
    const files = templateFiles(CARDS).map(nameOf).sort();
    assert.ok(files.includes('actions/gdapForm') && files.includes('cases/team'), files.join(', '));
    // This file's own probe ('test/…') aside.
    assert.deepEqual(
      cardTemplateNames()
        .filter((n) => !n.startsWith('test/'))
        .sort(),
      files,
    );
  });

  it('holds no words of its own: a literal is an identifier, an enum value or the schema, every text is bound from the model', () => {
    let literals = 0;
    for (const file of templateFiles(CARDS)) {
      const template = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      for (const s of stringsIn(template)) {
        if (s.includes('${')) continue;
        literals++;
        assert.match(s, /^[A-Za-z0-9._:/#-]*$/, `${nameOf(file)}: "${s}"`);
      }
    }
    assert.ok(literals > 100, `${literals} literals looked at`);
  });

  it('leaves out a property bound to null and the card’s own buttons when there are none, and refuses a second template under a name', () => {
    const payload = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: '${text}', color: '${color}' }],
      actions: [{ $data: '${buttons}', type: 'Action.Submit', title: '${title}' }],
    };
    const probe = new CardTemplate<{ text: string; color: string | null; buttons: { title: string }[] }>('test/none', payload);
    assert.deepEqual(probe.render({ text: 'a', color: null, buttons: [] }), { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'a' }] });
    assert.deepEqual(probe.render({ text: 'b', color: 'Attention', buttons: [{ title: 'x' }] }), {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'b', color: 'Attention' }],
      actions: [{ type: 'Action.Submit', title: 'x' }],
    });
    assert.throws(() => new CardTemplate('test/none', payload), /test\/none/);
  });

  it('keeps an action card by its whole model: the same view gives the kept card, a change anywhere in it a new one', () => {
    const c = catalogFor('hu-HU');
    const customer = { companyName: 'Contoso', tenantId: 't-1', domain: 'contoso.com' };
    const roles = [
      { id: 'r1', name: 'Directory Readers' },
      { id: 'r2', name: 'Helpdesk Administrator' },
    ];
    const view = (name: string): ActionView => ({
      view: 'gdapReview',
      cardId: 'card000001',
      customer,
      roles: [roles[0]!, { ...roles[1]!, name }],
      selected: ['r1'],
      duration: 'P90D',
      autoExtend: false,
    });
    const first = actionCard(view('Helpdesk Administrator'), c).card;
    assert.equal(actionCard(view('Helpdesk Administrator'), c).card, first, 'the same model: the kept card');
    assert.ok(Object.isFrozen(first));
    // The second role's name, deep in the model: a key made of a list of fields would miss it.
    const other = actionCard(view('Helpdesk Administrator (changed)'), c).card;
    assert.notEqual(other, first);
    assert.ok(JSON.stringify(other).includes('Helpdesk Administrator (changed)'));
    assert.ok(!JSON.stringify(first).includes('(changed)'));
  });
});
