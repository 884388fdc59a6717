// An AI recap of a call with the agent's own line below it ("Agent:", «Агент:», "坐席：", "Agente:",
// "Ügyintéző:"): the recap is the tool's reading, the agent's line is written after it and corrects
// or confirms it, so the agent's line wins for each question it speaks of and the recap fills the rest.
import { checkKind } from './kindCheck';

describe('an AI recap the agent corrects below it', () => {
  checkKind([
    [
      'en-US',
      'Call summary (AI-generated, check before use)\n- We are a distributor.\n- Client gets Dynamics 365 via Open Value.\nAgent: wrong on our side, we are a reseller and we order from our distributor. Open Value is fine; they only want us to look after the licences.',
      { partnerType: 'indirectReseller', channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Итоги (ИИ, могут быть ошибки)\n— Клиент берёт Dynamics 365 по EA, хочет перенос к нам.\nАгент: почти так, только переноса не будет — им нужна от нас поддержка подписок там, где они есть.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '纪要（AI 生成，仅供参考）\n- 我方是分销商\n- 客户用 Open Value 买 Project\n坐席：我们不是分销商，我们是从分销商那里进货的间接经销商。Open Value 对，客户只要我们帮忙维护。',
      { partnerType: 'indirectReseller', channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Resumo (IA, confira antes de usar)\n— Somos distribuidor.\n— O cliente compra Project por Open Value.\nAgente: errado do nosso lado, somos revenda indireta e compramos do distribuidor. Open Value certo; querem só suporte.',
      { partnerType: 'indirectReseller', channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Összefoglaló (MI, ellenőrizendő)\n– Mi disztribútor vagyunk.\n– Az ügyfél Open Value-n veszi a Microsoft 365-öt.\nÜgyintéző: rólunk rossz, mi viszonteladók vagyunk, a disztribútortól rendelünk. Az Open Value stimmel, csak támogatást kérnek.',
      { partnerType: 'indirectReseller', channel: 'open', service: 'license', goal: 'support' },
    ],
    // Near misses: a recap with no agent's line is read as it stands, and an agenda is no agent.
    ['zh-CN', '纪要（AI 生成）\n- 客户用 Open Value 买 Project\n- 客户只要我们帮忙维护', { channel: 'open', service: 'license', goal: 'support' }],
    [
      'en-US',
      'Call summary (AI-generated)\n- Client gets Dynamics 365 via Open Value and wants us to take over billing.\nAgenda: next sync on Friday.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
  ]);
});
