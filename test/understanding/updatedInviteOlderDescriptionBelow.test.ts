// An updated or forwarded calendar invite keeps its earlier description under a rule naming it
// ("——— previous description ———", «--- Исходное приглашение ---», "——— 原说明 ———"): what is below is
// older, so the newer description decides and the older one only fills in what it leaves unsaid.
import { checkKind } from './kindCheck';

describe('an updated invite: the earlier description below its rule is older', () => {
  checkKind([
    [
      'en-US',
      'Updated: Kickoff – Marlow Bakeries\nNew description: they pay for Azure by card straight from Microsoft.\n\n——— previous description ———\nLook at their Dynamics 365 seats bought under the EA',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'ru-RU',
      'Обновлено: встреча с «Кедр-Пласт»\nНовое описание: Azure они оплачивают картой прямо у Microsoft.\n\n------ Исходное приглашение ------\nОписание: места Dynamics 365 по EA',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'zh-CN',
      '已更新：启动会 – 东岳食品\n新说明：他们的 Azure 现在是刷卡直接向微软买的。\n\n———— 原说明 ————\n看一下他们在 EA 下买的 Dynamics 365',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'pt-BR',
      'Convite atualizado: alinhamento – Padaria Serrana\nNova descrição: pagam o Azure no cartão direto com a Microsoft.\n\n------- Convite original -------\nDescrição: ver as licenças Dynamics 365 compradas no EA',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'Frissítve: egyeztetés – Tisza Pékség\nÚj leírás: az Azure-t közvetlenül a Microsoftnál fizetik, bankkártyával.\n\n------- Eredeti meghívó -------\nLeírás: az EA-n vett Dynamics 365 licencek átnézése',
      { channel: 'microsoft', service: 'usage' },
    ],
    // The older description still fills in what the newer one does not say.
    [
      'en-US',
      'Updated: Intro call – Marlow Bakeries\nNew description: they want us to take over the billing.\n\n——— original invite ———\nTheir Office 365 is on Open Value',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    // Near miss: a plain rule without such words splits nothing, both halves stand together.
    [
      'en-US',
      'Kickoff – Marlow Bakeries\nThey pay for Azure by card straight from Microsoft.\n\n———\nLook at their Dynamics 365 seats bought under the EA',
      {},
      ['channel', 'service'],
    ],
  ]);
});
