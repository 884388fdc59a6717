// A list of points about a deal ("- the parent keeps its EA;\n- Office 365 bought from another
// CSP partner;"): the parent company named in one item speaks only of that item, even when the
// items end in ";" and run on into one sentence; the next items are this case's again.
import { checkKind } from './kindCheck';

describe('whose: the parent company named in one item of a list', () => {
  checkKind([
    [
      'hu-HU',
      'Felvásárlás, összefoglaló:\n- az anyavállalat EA-ja maradjon ki ebből;\n- Office 365 E3 egy másik CSP-partnertől van;\n- a számlázást szeretnék áthozni hozzánk.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
      [],
    ],
    [
      'hu-HU',
      'Leválás:\n- a csoport EA-ja az anyacégnél marad;\n- a Microsoft 365 Business Basic egy Syndication partnertől van;\n- utána minket szeretnének nyilvántartott partnernek.',
      { channel: 'syndication', service: 'license', goal: 'move' },
      [],
    ],
    [
      'en-US',
      'Carve-out notes:\n- the parent company keeps its EA;\n- Microsoft 365 Business Premium bought from a Syndication partner;\n- after the TSA they want us as partner of record.',
      { channel: 'syndication', service: 'license', goal: 'move' },
      [],
    ],
    [
      'ru-RU',
      'Заметки по сделке:\n- материнская компания остаётся на своём EA;\n- Office 365 E3 куплен у другого CSP-партнёра;\n- после закрытия хотят перевести биллинг к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
      [],
    ],
    [
      'pt-BR',
      'Notas da aquisição:\n- a matriz continua no EA dela;\n- Office 365 E3 comprado de outro parceiro CSP;\n- depois do fechamento querem transferir o faturamento para nós.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
      [],
    ],
  ]);
});
