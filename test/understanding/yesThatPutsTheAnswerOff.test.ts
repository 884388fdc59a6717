// In a transcript a yes that goes on to put the answer off ("tudo bem, vou conferir e já te
// falo", "yes, let me check", «да, сейчас уточню», "对，我先核实一下", "igen, utánanézek") only takes
// the question in: it answers nothing, while a yes said alone or with its own words still answers.
import { checkKind } from './kindCheck';

const ask = {
  en: 'Agent: Did they get the Project seats through an EA?\nCustomer: ',
  pt: 'Atendente: Vocês compraram o Project por um EA?\nCliente: ',
  ru: 'Оператор: Project вы брали по EA?\nКлиент: ',
  zh: '客服：Project 是通过 EA 买的吗？\n客户：',
  hu: 'Ügyintéző: A Project-et EA-n keresztül vették?\nÜgyfél: ',
};

describe('a yes that puts the answer off answers nothing', () => {
  checkKind([
    ['en-US', `${ask.en}Yes, let me double check with procurement first.`, {}],
    ['en-US', `${ask.en}Yep.`, { channel: 'ea', service: 'license' }],
    ['en-US', `${ask.en}Yes. Let me check the seat count though.`, { channel: 'ea', service: 'license' }],
    ['pt-BR', `${ask.pt}Tudo bem, vou conferir com a contabilidade e já te falo.`, {}],
    ['pt-BR', `${ask.pt}Está bem, só um minutinho.`, {}],
    ['pt-BR', `${ask.pt}Está bem.`, { channel: 'ea', service: 'license' }],
    ['ru-RU', `${ask.ru}Да, сейчас уточню у бухгалтерии и перезвоню.`, {}],
    ['ru-RU', `${ask.ru}Да, по EA.`, { channel: 'ea', service: 'license' }],
    ['zh-CN', `${ask.zh}对，我先核实一下再告诉你。`, {}],
    ['zh-CN', `${ask.zh}对的。`, { channel: 'ea', service: 'license' }],
    ['hu-HU', `${ask.hu}Igen, utánanézek és visszajelzek.`, {}],
    ['hu-HU', `${ask.hu}Igen, azon.`, { channel: 'ea', service: 'license' }],
  ]);
});
