// A chat app's export stamps every message with its date and time ("[14/05/2026 08:31] Rita:"):
// two such lines are a chat even when one person wrote them all, and one person's statements in a
// row are one turn, read together; a question stays a turn of its own, and a later speaker still decides.
import { checkKind } from './kindCheck';

describe('a chat export, one person or several', () => {
  checkKind([
    [
      'pt-BR',
      '[14/05/2026 08:31] Rita: a clínica de Niterói está na nuvem da 21Vianet, com Azure\n[14/05/2026 08:33] Rita: o Azure foi comprado em outro lugar, nem da 21Vianet nem da nossa empresa',
      { cloud: 'china', channel: 'other', service: 'usage' },
    ],
    [
      'pt-BR',
      '[14/05/2026 08:31] Rita: a clínica de Niterói usa o Azure, comprado de outro parceiro CSP\n[14/05/2026 08:33] Rita: e nós somos o distribuidor, quem atende a clínica é a revenda da cidade',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'en-US',
      '[14/05/2026 08:31] Gary: the bakery chain runs Azure, bought from another CSP partner\n[14/05/2026 08:32] Gary: and we are the distributor here, the local reseller talks to them',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      '[14.05.2026 08:31] Олег: у автосалона в Казани Azure, куплен у другого CSP-партнёра\n[14.05.2026 08:32] Олег: а мы тут дистрибьютор, с клиентом общается местный реселлер',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '[2026/05/14 08:31] 王磊：这家面包连锁用的是 Azure，是从另一家 CSP 合作伙伴那里买的\n[2026/05/14 08:32] 王磊：我们是分销商，跟客户对接的是本地经销商',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      '[2026.05.14. 08:31] Réka: a szegedi pékség az Azure-ját egy másik CSP partnertől vásárolja\n[2026.05.14. 08:32] Réka: mi vagyunk a disztribútor, az ügyféllel a helyi viszonteladó beszél',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    // Near misses: one stamped line alone, a later speaker's correction, a question apart from the statement before it.
    ['pt-BR', '[14/05/2026 08:31] Rita: a clínica compra o Office 365 pelo EA', { channel: 'ea', service: 'license' }],
    [
      'en-US',
      '[14/05/2026 08:31] Gary: they buy Office 365 through EA\n[14/05/2026 08:35] Dee: no, it is Open Value, I checked',
      { channel: 'open', service: 'license' },
    ],
    [
      'pt-BR',
      '[14/05/2026 08:31] Rita: o cliente comprou o Office 365 via MPSA\n[14/05/2026 08:32] Rita: querem que a gente só dê suporte, certo?\n[14/05/2026 08:34] Leo: sim',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
