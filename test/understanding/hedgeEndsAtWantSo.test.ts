// A doubt said without a comma and run on into a wish of its own («не помнят хотят чтобы мы их
// вели»: they can't remember, they want us to look after them) ends there: the wish is stated,
// as after «и хотят». The doubt keeps what it was about.
import { checkKind } from './kindCheck';

describe('kind: spoken, a doubt ends at a wish with its own "чтобы"', () => {
  checkKind([
    [
      'ru-RU',
      'офис триста шестьдесят пять покупали то ли по EA то ли по MPSA не помнят хотят чтобы мы их вели',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Office 365 покупали то ли у Microsoft то ли у другого CSP партнёра не знают просят чтобы мы их администрировали',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
  ]);
});
