// Teams' HTML copy gives a message's lines back in more messages (conversation/channel/teamsLines.ts):
// an emoji is an <img> (or <emoji>) whose alt is the character the text holds; <pre> and Teams' code
// block keep their own line breaks; a table's rows are lines with a tab between cells.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { Chat } from '../support/chat';
import { flowStateOf } from '../support/httpChat';
import { htmlLines, withTeamsLines } from '../../src/conversation/channel/teamsLines';

/** Teams' emoji markup: a span around an Emoji image whose alt is the emoji itself. */
function emoji(char: string, id: string, title: string): string {
  return (
    `<span title="${title}" type="(${id})" class="animated-emoticon-20-${id}" itemscope="">` +
    `<img itemscope="" itemtype="http://schema.skype.com/Emoji" itemid="${id}" ` +
    `src="https://statics.teams.cdn.office.net/evergreen-assets/personal-expressions/v2/assets/emoticons/${id}/default/20_f.png" ` +
    `title="${title}" alt="${char}" width="20" height="20" style="width:20px; height:20px"></span>`
  );
}

const rows: [string, string, string, string][] = [
  [
    "an emoji in Teams' markup is its alt",
    'Fabrikam renova em março 🎉 e paga com cartão',
    `<div><div>Fabrikam renova em março ${emoji('🎉', '1f389_partypopper', 'Party popper')}</div><div>e paga com cartão</div></div>`,
    'Fabrikam renova em março 🎉\ne paga com cartão',
  ],
  [
    'an emoji as <emoji> with an alt',
    'Договор подписан 👍 ждём счёт',
    '<p>Договор подписан <emoji id="yes" alt="👍" title="Like"></emoji></p><p>ждём счёт</p>',
    'Договор подписан 👍\nждём счёт',
  ],
  ['an alt written as an entity', 'kész 😀 holnap', '<p>kész <img alt="&#x1F600;" src="e.png"></p><p>holnap</p>', 'kész 😀\nholnap'],
  [
    'an image the text does not hold is left out (a pasted screenshot)',
    'see below the numbers',
    '<p>see below <img src="https://graph.example/hostedContents/1/$value" itemtype="http://schema.skype.com/AMSImage" alt="image"></p><p>the numbers</p>',
    'see below\nthe numbers',
  ],
  [
    'an image alone on its line leaves an empty line',
    'see below the numbers',
    '<p>see below</p><p><img src="s.png" alt="image"></p><p>the numbers</p>',
    'see below\n\nthe numbers',
  ],
  ['an emoji the text holds as another one leaves the text as it came', 'ok 👍 next', '<p>ok <img alt="🙂"></p><p>next</p>', 'ok 👍 next'],
  [
    'an emoji with other words beside it leaves the text as it came',
    '客户 🎉 续订',
    `<p>客户 ${emoji('🎉', '1f389_partypopper', 'Party popper')}</p><p>退订</p>`,
    '客户 🎉 续订',
  ],
  [
    "Teams' code block keeps its lines",
    'Tenant log: Tenant: fabrikam.onmicrosoft.com Seats: 40 Renewal: June',
    '<p>Tenant log:</p><codeblock class=""><code>Tenant: fabrikam.onmicrosoft.com\nSeats: 40\nRenewal: June</code></codeblock>',
    'Tenant log:\nTenant: fabrikam.onmicrosoft.com\nSeats: 40\nRenewal: June',
  ],
  ['<pre> with CR LF line ends, its first line break shown by no browser', '租户 席位 到期', '<pre>\r\n租户\r\n席位\r\n到期</pre>', '租户\n席位\n到期'],
  ['a blank line inside <pre>', 'egy kettő', '<pre>egy\n\nkettő</pre>', 'egy\n\nkettő'],
  ['a tab inside <pre> stays a tab', 'nome assentos Contoso 40', '<pre>nome\tassentos\nContoso\t40</pre>', 'nome\tassentos\nContoso\t40'],
  ['line breaks outside <pre> are still no lines', 'one two three', '<div>one\ntwo</div><pre>three</pre>', 'one two\nthree'],
  [
    "a table as Teams copies it: a row per line, a tab between cells, a cell's paragraphs in its row",
    'Клиент Места Contoso 40 Fabrikam 12',
    '<table itemprop="copy-paste-table"><tbody><tr><th><p>Клиент</p></th><th><p>Места</p></th></tr>' +
      '<tr><td><p>Contoso</p></td><td><p>40</p></td></tr><tr><td><p>Fabrikam</p></td><td><p>12</p></td></tr></tbody></table>',
    'Клиент\tМеста\nContoso\t40\nFabrikam\t12',
  ],
  [
    'an empty cell keeps its column',
    'Cliente Nuvem Assentos Contoso 40',
    '<table><tr><td>Cliente</td><td>Nuvem</td><td>Assentos</td></tr><tr><td>Contoso</td><td></td><td>40</td></tr></table>',
    'Cliente\tNuvem\tAssentos\nContoso\t\t40',
  ],
  [
    'a <br> in a cell stays in its row',
    'Ügyfél Megjegyzés Contoso első sor második sor',
    '<table><tr><td>Ügyfél</td><td>Megjegyzés</td></tr><tr><td>Contoso</td><td>első sor<br>második sor</td></tr></table>',
    'Ügyfél\tMegjegyzés\nContoso\telső sor második sor',
  ],
  [
    'a table with other words leaves the text as it came',
    'name seats Contoso 40',
    '<table><tr><td>name</td><td>seats</td></tr><tr><td>Contoso</td><td>4</td></tr></table>',
    'name seats Contoso 40',
  ],
  [
    'a self-closing <pre/> keeps no later raw line break',
    'Customer on EA wants support',
    '<pre/><p>Customer on EA\nwants support</p>',
    'Customer on EA wants support',
  ],
];

describe("Teams' lines from a message's HTML copy: emoji, code and tables", () => {
  for (const [what, text, html, expected] of rows) it(what, () => assert.equal(withTeamsLines(text, html), expected));

  it("reads a table's rows as lines and its cells apart by tabs", () => {
    assert.equal(htmlLines('<table><tr><th>a</th><th>b</th></tr><tr><td>c</td><td>d</td></tr></table>'), 'a\tb\nc\td\n');
  });

  it('reads an image as its alt text, trimmed, and one without an alt as nothing', () => {
    assert.equal(htmlLines('<p>x <img alt=" 🙂 "> y <img src="p.png"></p>'), 'x 🙂 y \n');
  });

  it('in Teams end to end: a mail thread with an emoji in its newest mail is read by its lines', async () => {
    const thread = [
      'From: Ilona',
      'Sent: Tuesday',
      'Subject: Northwind',
      `Northwind has moved its Microsoft 365 seats to another CSP partner now and wants us to bill them again ${emoji('🙏', 'pray', 'Folded hands')}`,
      '',
      'From: Bence',
      'Sent: Thursday',
      'Subject: Northwind',
      'Northwind still buys Azure under an EA.',
    ];
    const text = thread.join(' ').replace(/<span.*<\/span>/, '🙏');
    const html = `<div>${thread.map((l) => `<div>${l === '' ? '<br>' : l}</div>`).join('')}</div>`;
    const storage = new MemoryStorage();
    const chat = new Chat({ storage });
    await chat.say(text, { attachments: [{ contentType: 'text/html', content: html }] });
    const answers = (await flowStateOf(storage, 'msteams', 'conversation-1'))?.answers;
    assert.deepEqual(answers, { channel: 'otherCsp', service: 'license', goal: 'move' });
  });
});
