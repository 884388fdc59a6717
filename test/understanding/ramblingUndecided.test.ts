// Kind "rambling": a call that ended without a decision. A colleague who reads "they ended the call
// without deciding" («так и не решили», "还没决定", "ainda não decidiram", "még nem döntöttek") does
// not pick the last or the surest of the answers told: each question told two ways is asked.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: rambling, a case said to be undecided keeps both goals told, even after a "no"', () => {
  checkKind([
    [
      'en-US',
      'At first they wanted to move the Office 365 subscriptions to us, then the IT lead said no, just support. They ended the call without deciding.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'ru-RU',
      'Сначала хотели перенести подписки Office 365 к нам, потом ИТ-директор сказал нет, только поддержка. Так и не решили.',
      { service: 'license' },
      ['goal'],
    ],
    ['zh-CN', '一开始他们想把Office 365订阅迁到我们这边，后来IT说不对，先支持就行。还没决定。', { service: 'license' }, ['goal']],
    [
      'pt-BR',
      'Primeiro queriam migrar as assinaturas do Office 365 pra gente, depois o TI disse que não, só suporte. Ainda não decidiram.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      'Először át akarták hozni hozzánk az Office 365 előfizetéseket, aztán az IT vezető azt mondta, hogy nem, csak támogatás. Még nem döntöttek.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});

describe('kind: rambling, a case said to be undecided keeps both roles told, even after "actually"', () => {
  checkKind([
    [
      'en-US',
      'Paulo said we are direct bill, but Ana says actually we are a reseller through a distributor. Nobody has confirmed it yet.',
      {},
      ['partnerType'],
    ],
    ['ru-RU', 'Павел сказал, что мы прямой партнёр, но Анна говорит, что на самом деле мы реселлер через дистрибьютора. Пока неясно.', {}, ['partnerType']],
    ['zh-CN', '张三说我们是直接计费的，李四说其实我们是通过分销商的经销商。还没确定。', {}, ['partnerType']],
    [
      'pt-BR',
      'O Paulo disse que a gente é faturamento direto, mas a Ana diz que na verdade a gente é revenda via distribuidor. Ninguém confirmou ainda.',
      {},
      ['partnerType'],
    ],
    [
      'hu-HU',
      'Péter szerint direkt partner vagyunk, de Anna szerint valójában viszonteladók vagyunk egy disztribútoron keresztül. Nem tudtuk eldönteni.',
      {},
      ['partnerType'],
    ],
  ]);
});

describe('kind: rambling, a goal wanted against another told, in a case said to be undecided, is asked', () => {
  checkKind([
    [
      'ru-RU',
      'Директор говорит перенести Office 365 к нам, бухгалтерия говорит, что хотят только поддержку. Так что вопрос открыт.',
      { service: 'license' },
      ['goal'],
    ],
    ['zh-CN', '老板说把Office 365迁到我们这边，财务说只想要支持。所以目标现在不确定。', { service: 'license' }, ['goal']],
    [
      'pt-BR',
      'O diretor diz pra migrar o Office 365 pra gente, o financeiro diz que querem só suporte. Então está em aberto.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      'Az ügyvezető szerint vigyük át hozzánk az Office 365-öt, a pénzügyes szerint csak támogatás kell. Szóval a cél nyitott.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'en-US',
      'The CEO says move the Office 365 to us, finance says they just want support. So I do not know which one they want.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});

describe('kind: rambling, a remark that something is undecided leaves a question told one way answered', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through EA and want support. The start date is still undecided.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Office 365 куплен через EA, хотят поддержку. Дата старта пока неясно.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365是通过EA买的，想要支持。开始日期还没确定。', { channel: 'ea', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Compraram o Office 365 pelo EA e querem suporte. A data de início ainda está em aberto.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Az Office 365-öt EA-n vették, támogatást kérnek. A kezdés dátuma még nyitott.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, in a case said to be undecided the other steps that pick one answer rest', () => {
  checkKind([
    // What was said at first is not set aside: both channels are asked.
    ['en-US', 'At first they said it was EA. The contract is Open Value. Nobody has decided yet.', {}, ['channel']],
    // A goal put off till later is not set aside either.
    ['en-US', 'For now they want support for the Office 365, the move later. Nobody has decided yet.', { service: 'license' }, ['goal']],
    // Channels told two ways, the later one after "actually", are both asked.
    ['en-US', 'Paulo says EA, but Ana says actually Open Value. Nobody has confirmed it yet.', {}, ['channel']],
  ]);
});

describe('kind: rambling, in a case said to be undecided one answer said under a doubt stays a doubt', () => {
  checkDoubted([['en-US', 'They probably bought it through EA. Nobody has decided yet.', {}, { channel: 'ea' }]]);
});
