// A chat copied with the time in brackets after the speaker's name ("Kim (2:15 PM): …"), a name
// perhaps opened by a title ("Dr. Ana Lima"), is a transcript: the agent's question is no
// answer, and the customer's reply after it decides.
import { checkKind } from './kindCheck';

describe('thread: "Name (2:15 PM): …" lines are a chat transcript', () => {
  checkKind([
    [
      'en-US',
      "Helpdesk - Tom (9:03 AM): So you'd mainly want us handling support for your Microsoft 365?\nDr. Maria Lopez (9:05 AM): We'd like to move the billing over to you.",
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Suporte - Ana (10:02): Então vocês querem que a gente só dê suporte no Microsoft 365?\nDr. Paulo Souza (10:04): Queremos transferir o faturamento para vocês.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
