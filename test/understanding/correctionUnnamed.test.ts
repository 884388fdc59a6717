// Kind "correction naming nothing": a correction takes back the answer just before it even when
// what it puts instead is nothing the reader knows; the old value is never read, the question
// stays open (src/domain/understanding/takenBack.ts).
import { checkKind } from './kindCheck';

describe('kind: a correction that names nothing read takes back the answer before it', () => {
  checkKind([
    ['en-US', 'Customer has Office 365, bought through EA. No wait, it was the other programme, the one with the small agreements.', { service: 'license' }],
    ['en-US', 'Customer has Office 365, bought through EA. Scratch that, I have to check the invoice first.', { service: 'license' }],
    ['ru-RU', 'У клиента Office 365, купили через EA. Нет, подожди, там была другая программа, с маленькими договорами.', { service: 'license' }],
    ['zh-CN', '客户有 Office 365，是通过 EA 买的。不对，是另一种小合同的计划。', { service: 'license' }],
    ['pt-BR', 'O cliente tem Office 365, comprado pelo EA. Não, espera, foi o outro programa, o dos contratos pequenos.', { service: 'license' }],
    ['hu-HU', 'Az ügyfélnek Office 365-e van, EA-n vették. Nem, várj, a másik program volt, a kis szerződéses.', { service: 'license' }],
    // Typed without accents, the new value a word the reader does not take for the programme.
    [
      'hu-HU',
      'ugyfel: office 365, ea-n vettek. nem, varj, azt hiszem open volt. nem vagyok biztos. mi direct bill partner vagyunk.',
      { service: 'license', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: a correction that names its new value is read as before (the last said wins)', () => {
  checkKind([
    ['en-US', 'Customer has Office 365 via EA. No wait, they bought it via Open.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'У клиента Office 365 через EA. Нет, подожди, через Open.', { channel: 'open', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是通过 EA 买的。不对，是通过 Open 买的。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O cliente tem Office 365 pelo EA. Não, espera, foi pelo Open.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az ügyfél Office 365-öt EA-n vette. Nem, várj, Open-en keresztül vették.', { channel: 'open', service: 'license' }],
    // A correction far from the last answer (more than a few words on) takes nothing back.
    [
      'en-US',
      'They bought Office 365 through EA and they are happy with the price they got. Sorry, I forgot to add the rest.',
      { channel: 'ea', service: 'license' },
    ],
    // An apology is no retraction; a "no" that answers an option asked takes back nothing said.
    ['en-US', 'We are direct. Sorry for the long message, here is the rest of the story.', { partnerType: 'direct' }],
    ['hu-HU', 'Mi direkt partnerek vagyunk. Bocs a hosszú üzenetért, itt a többi.', { partnerType: 'direct' }],
    ['hu-HU', 'Az ügyfél Office 365-öt EA-n vette. Vagy Open-en keresztül? Nem, nem emlékszem pontosan.', { service: 'license' }, ['channel']],
    // A "no" closing its clause denies its own words ("there are no resellers here").
    ['ru-RU', 'Мы прямой партнёр. Реселлеров тут нет, работаем сами.', { partnerType: 'direct' }],
  ]);
});
