// Russian (ru-RU lexicon): bills «от Microsoft» / «выставляет сама Microsoft» said after an Advisor
// in the same sentence are how the Advisor channel bills, not a purchase from Microsoft; a goal in
// own words («взяли на себя и подписки, и биллинг», «стали их партнёром с биллингом», «чтобы
// подписками занимались мы», «просто помогали»); a purchase «брали в центре администрирования» or a
// «веб-покупка»; an offer said «закрыли» right after it is a past one; the seller of a document «Исполнитель: …
// (CSP-партнёр Microsoft)». Written for these tests.
import { checkKind } from './kindCheck';

describe('channel and goal words: Advisor billed by Microsoft, goals and sellers in own words, in Russian', () => {
  checkKind([
    ['ru-RU', 'Office 365 E3 куплен через Advisor-партнёра «Ромашка Консалт» (счета – от Microsoft).', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Брали Power BI Pro через партнёра Microsoft Advisor, счета выставляет сама Microsoft.', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Teams Essentials, клиент просит, чтобы мы взяли на себя и лицензии, и счета.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Просят по Microsoft 365 E5: пусть мы станем их партнёром с биллингом.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Visio Plan 2 у хостера. Просят, чтобы подписками занимались мы, а платить будут как раньше.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Project Plan 3 – им нужно, чтобы мы просто помогали.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Exchange Online брали в центре администрирования.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Способ покупки: веб-покупка. Продукт: Microsoft 365 E3.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Office 365 E1 оплачивают картой у Microsoft напрямую, Open Value закрыли.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Акт:\nИсполнитель: ООО «Сибирь Облако» (CSP-партнёр Microsoft)\n1. Microsoft 365 E3 — 10 шт.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
