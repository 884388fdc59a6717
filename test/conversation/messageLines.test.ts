// A message pasted on several lines is read by its lines in every host: a mail thread whose newest
// mail comes first says what the customer does now, and folded onto one line it says nothing the
// reader can trust. Teams sends such a message with spaces for its line breaks and the lines in its
// HTML copy; Web Chat sends the line breaks; the side panel's box keeps them.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { Chat } from '../support/chat';
import { flowStateOf } from '../support/httpChat';
import { PanelEngine, PanelTurn } from '../../src/panel/engine';
import enUS from '../../content/texts/en-US.json';

/** Two mails, the newest first: the customer moved its seats to another CSP partner since. */
const THREAD = [
  'From: Dana',
  'Sent: Monday',
  'Subject: Contoso',
  'They now buy Microsoft 365 from another CSP partner and want us to take over billing.',
  '',
  'From: Lee',
  'Sent: Friday',
  'Subject: Contoso',
  'They buy Azure through an EA.',
];
const NEWEST = { channel: 'otherCsp', service: 'license', goal: 'move' };

/** Teams' HTML copy of the message: a <div> per line, an empty line as a <div> holding a <br>. */
function teamsHtml(lines: readonly string[], before = ''): string {
  return `<div>${before}${lines.map((l) => `<div>${l === '' ? '<br>' : l}</div>`).join('')}</div>`;
}

async function answersAfter(chat: Chat, storage: MemoryStorage, channelId: string, text: string, extra = {}): Promise<Record<string, string> | undefined> {
  await chat.say(text, extra);
  return (await flowStateOf(storage, channelId, 'conversation-1'))?.answers;
}

describe('A message pasted on several lines is read by its lines', () => {
  it('in Teams, from the HTML copy where the text has spaces for its line breaks', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ storage });
    const answers = await answersAfter(chat, storage, 'msteams', THREAD.join(' '), { attachments: [{ contentType: 'text/html', content: teamsHtml(THREAD) }] });
    assert.deepEqual(answers, NEWEST);
  });

  it("in a Teams group chat, the bot's mention taken out of both", async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ storage, conversationType: 'groupChat' });
    const mention = '<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">Advisor</span>';
    const answers = await answersAfter(chat, storage, 'msteams', `<at>Advisor</at> ${THREAD.join(' ')}`, {
      entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: { id: 'advisor-bot', name: 'Advisor' } }],
      attachments: [{ contentType: 'text/html', content: teamsHtml(THREAD, mention) }],
    });
    assert.deepEqual(answers, NEWEST);
  });

  it('in Web Chat, from the line breaks the text carries', async () => {
    const storage = new MemoryStorage();
    const chat = new Chat({ storage, channelId: 'webchat' });
    assert.deepEqual(await answersAfter(chat, storage, 'webchat', THREAD.join('\r\n')), NEWEST);
  });

  it("in the side panel's box", () => {
    const engine = new PanelEngine({ locale: 'en-US', newConsultationId: () => '0123abcd' });
    engine.start();
    const turn = engine.say(THREAD.join('\n')) as PanelTurn;
    const notice = JSON.stringify(turn.replies);
    assert.ok(notice.includes(enUS.questions.channel.options.otherCsp.split(' (')[0]!), 'the notice names the channel of the newest mail');
    assert.ok(!notice.includes(enUS.questions.channel.options.ea), 'and not the older mail');
  });
});
