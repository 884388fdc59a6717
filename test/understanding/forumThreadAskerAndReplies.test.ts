// A community or forum thread pasted by the partner: the asker's post and its later EDIT/UPDATE
// lines are the writer's (the newest wins); other partners' replies are set aside, so a replier's
// "we're a distributor" is never the writer's role and a reply's own correction decides nothing;
// a role in the asker's label's brackets is the writer's, and the writer's own post quoted after
// its label is its own words (an unsure role stays asked).
import { checkKind } from './kindCheck';

describe("forum thread: the asker's lines are the writer's, the replies are other partners'", () => {
  checkKind([
    [
      'en-US',
      'Community thread: "Customer\'s Dynamics 365 Sales was bought directly from Microsoft - can we manage it?"\nReply from NorthDisti ("we are a distributor, we see this a lot"): yes, GDAP is enough.\nMe (OP): great, for now we only want to manage it for them.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'OP (us, direct bill CSP): customer has Microsoft 365 Business Standard bought through Open Value, they want us to take over billing.\nAccepted answer: Open Value seats cannot move mid-term, buy new ones at renewal.\nEDIT (OP): the customer changed their mind, billing stays where it is, they only want us to support their users.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Posted by us on the partner forum: "Honestly we don\'t know if we\'re registered as an indirect reseller under TD SYNNEX or as direct bill. The customer pays for Azure by card directly to Microsoft."\nReply: "Look it up in Partner Center."',
      { channel: 'microsoft', service: 'usage' },
      ['partnerType'],
    ],
    [
      'ru-RU',
      'Автор темы (мы, непрямой реселлер через Merlion): у клиента Microsoft 365 E5 у другого CSP-партнёра, хотим забрать биллинг.\nОтвет от @softline_ivan (мы дистрибьютор): «Делайте запрос на перенос в Partner Center.»\nUPD от автора темы: клиент передумал, нужна только поддержка.',
      { channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    [
      'zh-CN',
      '回复者“某分销商老李”：我们作为分销商建议先开 GDAP。\n楼主（我们）：谢谢。客户的 Microsoft 365 是在微软官网直接买的，我们只做运维。',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Post no fórum de parceiros (nosso): "Cliente tem Microsoft 365 E3 comprado via EA, querem que a gente assuma o faturamento."\nResposta de "maria_distribuidora" (somos distribuidora): "Só no aniversário do EA."\nEDIT do autor: o cliente desistiu, só querem suporte.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Kérdés (mi, közvetlen partner): az ügyfél Microsoft 365 E3-at egy másik CSP partnertől veszi, átvennénk a számlázást.\nVálasz „disztri_peter”-től (mi disztribútor vagyunk): „Partner Centerben kell kérni az átadást.”\nFRISSÍTÉS (mi): az ügyfél meggondolta magát, csak üzemeltetést kér.',
      { channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'Dúvida que postamos no fórum: "Não sabemos se estamos cadastrados como revenda indireta via Ingram ou como CSP direto. Cliente tem Azure via EA."',
      { channel: 'ea', service: 'usage' },
      ['partnerType'],
    ],
    [
      'pt-BR',
      'Tópico no fórum (nosso): "Cliente comprou Office 365 E1 numa loja de bairro, querem que a gente assuma o faturamento."\nResposta aceita: "Loja de varejo não transfere, compra nova."\nEDIT do autor: liguei pra eles, a tal loja é revenda CSP, tem partner ID.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
