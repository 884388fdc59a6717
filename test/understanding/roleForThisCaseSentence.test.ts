// Kind "role for this case", how far the sentence reaches: a role said in a clause that names this
// customer sets aside another role of its sentence, from the sentence's first word to its last,
// even where the word for this customer opens the message. A role in another sentence keeps both
// read; an "or" or a correction in another sentence, or before both roles, is not between them.
import { checkKind } from './kindCheck';

describe('role: the other role of the sentence, at its first or last word, is for other customers', () => {
  checkKind([
    ['ru-RU', 'T1 у нас только по крупным, по этому клиенту мы реселлер через дистрибьютора.', { partnerType: 'indirectReseller' }],
    ['en-US', 'T1 only for the big accounts, for this customer we are a reseller through a distributor.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'По этому клиенту мы реселлер через дистрибьютора, по крупным мы T1', { partnerType: 'indirectReseller' }],
    ['en-US', 'For this customer we are a reseller through a distributor, for the big accounts we are T1', { partnerType: 'indirectReseller' }],
  ]);
});

describe('role: the word for this customer opening the message names the clause it opens', () => {
  checkKind([
    ['ru-RU', 'Этот клиент у нас через дистрибьютора как реселлер, T1 мы только по крупным.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '这个客户我们是经销商，t1我们只做大客户', { partnerType: 'indirectReseller' }],
  ]);
});

describe('role: this customer named again in another sentence still names the clause of the role', () => {
  checkKind([
    ['ru-RU', 'Этот клиент новый. По этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным.', { partnerType: 'indirectReseller' }],
    [
      'en-US',
      'This customer is new to us. For this customer we are a reseller through a distributor, we are T1 only for the big accounts.',
      { partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('role: a role in another sentence keeps both read', () => {
  checkKind([
    ['ru-RU', 'Они у нас T1. По этому клиенту мы ещё и реселлер через дистрибьютора.', {}, ['partnerType']],
    ['en-US', 'They buy from us as T1. For this customer we are also a reseller through a distributor.', {}, ['partnerType']],
  ]);
});

describe('role: an "or" in another sentence keeps only the role for this customer', () => {
  checkKind([
    [
      'ru-RU',
      'Сервис Azure или M365, пока не решили. По этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным.',
      { partnerType: 'indirectReseller' },
      ['service'],
    ],
    [
      'ru-RU',
      'По этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным. Сервис Azure или M365, пока не решили.',
      { partnerType: 'indirectReseller' },
      ['service'],
    ],
  ]);
});

describe('role: an "or" or a correction before both roles is not between them', () => {
  checkKind([
    ['en-US', 'Or rather for this customer we are a reseller through a distributor, we are T1 only for the big accounts.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Вернее по этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным.', { partnerType: 'indirectReseller' }],
  ]);
});
