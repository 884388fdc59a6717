// A chat copied with the time in the speaker's bracket ("Ügyfél (Nagy Anna, 9:40):") is still a
// transcript: the agent's either/or question is not the customer's wish, and the customer's
// answer on the next turn decides. Read before as one text, the question's "take over the
// billing too" winning.
import { checkKind } from './kindCheck';

describe('transcript: a time inside the speaker bracket', () => {
  checkKind([
    [
      'hu-HU',
      'Ügyfél (Nagy Anna, 9:40): A Microsoft 365-öt egy elektronikai áruházban vettük.\nÜgyintéző – Tóth Gábor (9:41): Rendben. Azt szeretnék, ha mi üzemeltetnénk, vagy a számlázást is átvennénk?\nÜgyfél (Nagy Anna, 9:43): Csak üzemeltessék, a fizetés marad nálunk.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
      [],
    ],
    [
      'en-US',
      'Customer (Ann Lee, 10:02): We bought Microsoft 365 on our own.\nAgent (Tom Reed, 10:03): OK. Do you want us to manage it, or take over the billing too?\nCustomer (Ann Lee, 10:04): Just manage it, we keep paying.',
      { service: 'license', goal: 'support' },
      [],
    ],
  ]);
});
