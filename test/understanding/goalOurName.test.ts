// Kind "goalWords": subscriptions moved into the partner's own name or onto its books ("put in our
// name", «перевести к себе», «взять биллинг на себя», "过户到我们名下", "colocar no nosso nome",
// "a mi nevünkre írni") is the move, as "take over the billing" is.
import { checkKind } from './kindCheck';

describe('kind: goalWords, subscriptions moved into our name or onto our books are the move', () => {
  checkKind([
    ['en-US', 'They want the Office 365 subscriptions put in our name.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Клиент хочет, чтобы мы перевели подписки Office 365 к себе.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'По Office 365 клиенту нужно, чтобы мы взяли биллинг на себя.', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 要过户到我们名下。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem colocar as assinaturas do Office 365 no nosso nome.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365 előfizetéseket a mi nevünkre szeretnék íratni.', { service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goalWords, taking on the support is no move', () => {
  checkKind([
    ['ru-RU', 'По Office 365 клиент хочет, чтобы мы взяли поддержку на себя.', { service: 'license', goal: 'support' }],
    ['en-US', 'They do not want the Office 365 subscriptions put in our name, only support.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Переоформлять подписки Office 365 на нас не хотят — нужна только поддержка.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Клиент хочет переоформить подписки Office 365 на нас.', { service: 'license', goal: 'move' }],
  ]);
});
