// The marks mail and chat clients write are data: each lexicon's `clients` words. Every language's
// marks must reach the line rules that read a pasted thread, whichever language the message is in.
import * as assert from 'assert';
import { MONTH_STARTS } from '../../src/domain/understanding/clientMarks';
import { LEXICONS } from '../../src/domain/understanding/lexicon';
import { DATE_HEADER } from '../../src/domain/understanding/mailDates';
import { FROM, HEADER, SEPARATOR, SUBJECT, WROTE } from '../../src/domain/understanding/mailHeaders';

const LINES: ReadonlyArray<readonly [string, RegExp, readonly string[]]> = [
  ['from', FROM, ['From: Ann', 'От: Анна', '发件人：刘芳', 'De: Caio', 'Feladó: Kiss Péter', 'Felado: Kiss Peter']],
  ['headers', HEADER, ['To: Ann', 'Кому: Анне', '收件人：王强', 'Para: Caio', 'Címzett: Nagy Éva']],
  ['subject', SUBJECT, ['Subject: RE: FW: licences', 'Тема: Ответ: лицензии', '主题：回复：许可', 'Assunto: RES: ENC: licenças', 'Tárgy: VÁ: licencek']],
  [
    'dates',
    DATE_HEADER,
    [
      'Sent: 3 Sep 2025 08:30',
      'Отправлено: 3 сентября 2025 г. 08:30',
      '发送时间：2025-09-03 08:30',
      'Enviado: 03/09/2025 08:30',
      'Elküldve: 2025. szeptember 3. 8:30',
    ],
  ],
  [
    'separators',
    SEPARATOR,
    ['----- Original Message -----', '---- Исходное сообщение ----', '———— 原始邮件 ————', '---- Mensagem encaminhada ----', '---- Eredeti üzenet ----'],
  ],
  ['wrote', WROTE, ['On Mon, Ann wrote:', 'Анна пишет:', '刘芳写道：', 'Em seg., Caio escreveu:', 'Kiss Péter ezt írta:']],
];

describe('the marks of mail and chat clients come from every lexicon', () => {
  for (const [kind, rule, lines] of LINES)
    it(`reads the ${kind} line of every language`, () => {
      for (const line of lines) assert.ok(rule.test(line), line);
    });

  it('reads no mark of one kind as another', () => {
    assert.ok(!FROM.test('To: Ann') && !HEADER.test('From: Ann') && !WROTE.test('He wrote: it is EA'));
  });

  it('names twelve months wherever a lexicon names months, and finds them by their first letters', () => {
    for (const lexicon of LEXICONS) {
      const months = lexicon.clients?.months;
      if (months !== undefined) assert.equal(months.length, 12, lexicon.language);
    }
    const month = (word: string) => MONTH_STARTS.find(([start]) => start.test(word))?.[1];
    assert.deepEqual(['january', 'мая', 'setembro', 'szeptember', 'дек'].map(month), [1, 5, 9, 9, 12]);
  });
});
