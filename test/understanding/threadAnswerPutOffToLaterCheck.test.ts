// "I'll confirm with finance later" («уточню у финансов», "我回头跟财务确认下", "vou confirmar com o
// financeiro", "majd egyeztetek a pénzüggyel"): a turn that puts off the answer to later, naming
// nothing, leaves open what the chat said before it. Two roles told (one taken back by a colleague)
// are then asked, not the colleague's word taken as the last one.
import { checkKind } from './kindCheck';

describe('kind: thread, a chat turn that puts the answer off to a later check', () => {
  checkKind([
    [
      'en-US',
      "[Teams] Mark: we're T1 direct on this one\n[Teams] Anna: no, we're a reseller under TD Synnex for this customer\n[Teams] Mark: I'll confirm with finance later\nCustomer: M365 E3 bought on Microsoft's website, wants us to take over billing",
      { channel: 'microsoft', service: 'license', goal: 'move' },
      ['partnerType'],
    ],
    [
      'ru-RU',
      '[Teams] Олег: мы тут T1, direct bill\n[Teams] Аня: нет, мы реселлер под Merlion по этому клиенту\n[Teams] Олег: уточню у финансов позже\nКлиент: M365 E3 купили на сайте Microsoft, хотят перевести биллинг к нам',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      ['partnerType'],
    ],
    [
      'zh-CN',
      '[钉钉] 刘总：这单我们按一级直签走\n[钉钉] 小赵：不对，这个客户我们是神州数码下面的二级经销商\n[钉钉] 刘总：这个我回头跟财务确认下\n客户：M365 E3 是微软官网直接买的，想让我们接过来开票',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      ['partnerType'],
    ],
    [
      'pt-BR',
      '[Teams] Marcos: somos T1 nesse, faturamento direto\n[Teams] Ana: não, nesse cliente a gente é revenda embaixo da Ingram\n[Teams] Marcos: vou confirmar com o financeiro depois\nCliente: M365 E3 comprado no site da Microsoft, quer passar o faturamento pra gente',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      ['partnerType'],
    ],
    [
      'hu-HU',
      '[Teams] Gábor: ezt T1-ként, direkt számlázással visszük\n[Teams] Anna: nem, ennél az ügyfélnél az Ingram alatt vagyunk viszonteladók\n[Teams] Gábor: majd egyeztetek a pénzüggyel\nÜgyfél: M365 E3, a Microsoft webshopjában vették, a számlázást hozzánk vinnék',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      ['partnerType'],
    ],
  ]);
});
