// The option before "vagy"/"ou" read together with its joining word ("Open vagy …", as the
// lexicons read "open vagy"/"open ou") is the option read of an either/or question, though an
// answer to another question stands in the sentence before it: it is asked about by name.
import { checkDoubted } from './kindCheck';

describe('an either/or question whose read option holds its joining word', () => {
  checkDoubted([
    ['hu-HU', 'Az Office 365-ről van szó. Open vagy valami más?', { service: 'license' }, { channel: 'open' }],
    ['pt-BR', 'Office 365. Open ou outra coisa?', { service: 'license' }, { channel: 'open' }],
  ]);
});
