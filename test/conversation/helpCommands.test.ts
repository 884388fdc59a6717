// The help card lists every command a person can type. Where the Partner Center actions are on,
// that includes My cases, the team's cases (issue 63) and sign out (issue 65: the card left sign out unsaid), each with its
// first phrase and description in the person's language; elsewhere neither is offered.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { viewOf, CardView } from '../../src/conversation/advisor/viewModels';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES } from '../../src/domain/locales';

type Commands = { word: string; description: string }[];

const commandsOf = (view: ReturnType<typeof viewOf>): Commands => ((view as CardView).data as { commands: Commands }).commands;

describe('The help card names sign out where the actions are on', () => {
  for (const locale of LOCALES) {
    it(`${locale}: sign out, My cases and the team's cases with the actions, none without`, () => {
      // The words from the content file itself, not from the catalog the view reads.
      const texts = JSON.parse(fs.readFileSync(path.join(__dirname, `../../../content/texts/${locale}.json`), 'utf8')) as {
        actions: { signOutCommand: { phrases: string[]; description: string } };
        myCases: { command: { phrases: string[]; description: string } };
        teamCases: { command: { phrases: string[]; description: string } };
      };
      const c = catalogFor(locale);
      const withActions = commandsOf(viewOf({ kind: 'help', myCases: true }, c, locale));
      assert.deepEqual(withActions.slice(-3), [
        { word: texts.myCases.command.phrases[0], description: texts.myCases.command.description },
        { word: texts.teamCases.command.phrases[0], description: texts.teamCases.command.description },
        { word: texts.actions.signOutCommand.phrases[0], description: texts.actions.signOutCommand.description },
      ]);
      const without = commandsOf(viewOf({ kind: 'help' }, c, locale));
      assert.equal(without.length, withActions.length - 3, 'the same card less those three');
      assert.ok(!without.some((k) => k.word === texts.actions.signOutCommand.phrases[0]));
      const fallback = (viewOf({ kind: 'help', myCases: true }, c, locale) as CardView).fallbackText;
      assert.ok(fallback.includes(texts.actions.signOutCommand.description), 'the plain-text fallback too');
    });
  }
});
