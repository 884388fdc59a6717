// Kind "doubt said alone": a doubt in a sentence of its own right after an answer doubts that
// answer and what its clause said beside it; they are asked back, not read
// (src/domain/understanding/takenBack.ts, doubtAlone).
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: a doubt said alone after an answer doubts that answer', () => {
  checkDoubted([
    ['en-US', 'The customer bought Office 365 through EA. Not sure.', {}, { channel: 'ea', service: 'license' }],
    [
      'en-US',
      'We are a direct partner. The customer bought Office 365 through EA. Not sure though.',
      { partnerType: 'direct' },
      { channel: 'ea', service: 'license' },
    ],
    ['ru-RU', 'Клиент купил Office 365 через EA. Не уверен.', {}, { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户是通过 EA 买的 Office 365。不确定。', {}, { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente comprou Office 365 pelo EA. Não tenho certeza.', {}, { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél Office 365-öt vett EA-n. Legalábbis úgy emlékszem, de lehet, hogy tévedek.', {}, { channel: 'ea', service: 'license' }],
    // Typed without accents; the clause of the answer holds the channel alone.
    [
      'hu-HU',
      'az ugyfel office365-ot vett, EA. illetve nem tudom pontosan, meg kell neznem. mi direct bill partner vagyunk.',
      { service: 'license', partnerType: 'direct' },
      { channel: 'ea' },
    ],
    // A correction then a doubt of its own: the corrected value is doubted, the old one taken back.
    ['en-US', 'Customer: Office 365, bought through EA. No, it was Open. Not sure.', { service: 'license' }, { channel: 'open' }],
    ['hu-HU', 'Ügyfél: Office 365, EA-n vették. Nem, Open volt. Nem vagyok biztos benne.', { service: 'license' }, { channel: 'open' }],
  ]);
});

describe('kind: a doubt that names what it doubts, or has a topic of its own, leaves the answer before it', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through EA and want support. The start date is still undecided.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365是通过EA买的，想要支持。开始日期还没确定。', { channel: 'ea', service: 'license', goal: 'support' }],
    [
      'hu-HU',
      'Az Office 365-öt EA-n vették, támogatást kérnek. Hogy mikor kezdünk, azt még nem tudom.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Office 365 куплен через EA. Или через Open? Не уверен.', { service: 'license' }, ['channel']],
    // The doubt goes on to say what it doubts: the answer before it stands.
    ['en-US', 'They bought Office 365 through EA. Not sure when they start.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Купили Office 365 через EA. Не знаю, когда начнут.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户通过 EA 买的 Office 365。不确定什么时候开始。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Compraram Office 365 pelo EA. Não sei quando começam.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt EA-n vették. Nem tudom, mikor kezdenek.', { channel: 'ea', service: 'license' }],
  ]);
});
