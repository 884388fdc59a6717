// Kind "rambling": a bracket opened and closed earlier in the message ("Office 365 (E3)") leaves
// no bracket open, so a closing bracket after it («не знает))») is a smile again and ends its
// sentence: the doubt before it does not reach the wish after it.
import { checkKind } from './kindCheck';

describe('kind: rambling, a smile after a closed bracket ends its sentence', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 (E3) по EA, админ уволился, никто ничего не знает)) Хотят, чтобы мы их поддерживали.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
