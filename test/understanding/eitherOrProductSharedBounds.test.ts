// A product named in the first option of an either/or is both options' only when the second
// option answers another question, read in that option's own clause ("either babysit their
// Office 365 or take them over"). A product offered against words the reader cannot read stays an
// option, asked by name, whatever else the message answers before or after the either/or.
import { checkRead } from './kindCheck';

describe('either/or: a product in the first option, shared or an option', () => {
  checkRead([
    // Nothing read in the second option: the product is one of two.
    ['en-US', "It's either Office 365 or some other suite they bought.", {}, { hedged: { service: 'license' } }],
    // A channel said before the either/or, or after the second option's clause, is no option of the second.
    ['en-US', 'Through the EA they bought either Office 365 or some other suite.', { channel: 'ea' }, { hedged: { service: 'license' } }],
    ['en-US', 'Either their Office 365 or something else, bought through the EA.', { channel: 'ea' }, { hedged: { service: 'license' } }],
    // The second option is a takeover: the product is kept either way, the takeover is asked.
    ['en-US', 'Either their Office 365 stays as it is or we take over the billing.', { service: 'license' }, { hedged: { goal: 'move' } }],
    // "vagy Open" begins right at its "vagy": the second option is the channel, the product is both options'.
    ['hu-HU', 'Vagy valahogy máshogy szerezték az Office 365-öt, vagy Open.', { service: 'license' }, { hedged: { channel: 'open' } }],
    // Both options name a product and a channel: the channels are asked, the move said of either is the answer.
    ['en-US', 'Either their Office 365 on the EA or their CSP Visio gets moved to us.', { service: 'license', goal: 'move' }, { conflicts: ['channel'] }],
    // Two licences offered as options: a licence whichever it is, though one of them is guessed.
    ['en-US', 'Either Office 365 I guess or Visio.', { service: 'license' }, {}],
  ]);
});
