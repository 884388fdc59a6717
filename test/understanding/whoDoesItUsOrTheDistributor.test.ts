// «Мы или дистр?» asks who does a step (creates the request, sends the link): the distributor
// beside "we" is no role of ours offered against the one the message states.
import { checkKind } from './kindCheck';

describe('kind: eitherOr, who does it: we or the distributor', () => {
  checkKind([
    ['ru-RU', 'Мы непрямой реселлер. Кто отправляет ссылку клиенту — мы или дистрибьютор?', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы прямой партнёр, Azure у клиента по EA. Заявку подаёт дистр или мы?', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Мы реселлер или дистрибьютор в этой сделке, не помню.', {}, ['partnerType']],
  ]);
});
