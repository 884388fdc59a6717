// Either/or: two options of one question named together ("Dynamics 365 and an Azure subscription"),
// then the writer asked which one is meant ("which one", «какую из них», "哪一个", "qual dos dois",
// "melyiket"), and the reply picks one by its place ("the second one"): that option is the answer,
// though the reply stands in a later sentence. A reply said under a doubt ("the first one maybe")
// picks nothing, and a reference with no such question asks both.
import { checkKind } from './kindCheck';

describe('which of two asked, then picked by its place (either/or)', () => {
  checkKind([
    [
      'en-US',
      'They have Dynamics 365 and an Azure subscription, and I asked which one they want us to take on. Reply just came in: the second one.',
      { service: 'usage' },
    ],
    ['ru-RU', 'У них Dynamics 365 и подписка Azure, я спросил, какую из них нам вести. Ответили: вторую.', { service: 'usage' }],
    ['zh-CN', '他们有 Dynamics 365 和一个 Azure 订阅，我问他们要我们管哪一个。回复说：第二个。', { service: 'usage' }],
    ['pt-BR', 'Eles têm Dynamics 365 e uma assinatura do Azure, perguntei qual dos dois querem que a gente cuide. Resposta: o segundo.', { service: 'usage' }],
    ['hu-HU', 'Van Dynamics 365-ük és egy Azure előfizetésük, megkérdeztem, melyiket kezeljük. A válasz: a másodikat.', { service: 'usage' }],
    ['en-US', 'They have Dynamics 365 and Azure. I asked which one is the one to look at. I do not know, the first one maybe.', {}, ['service']],
    ['en-US', 'They have Dynamics 365 and an Azure subscription. The second one was bought from Microsoft.', { channel: 'microsoft' }, ['service']],
  ]);
});
