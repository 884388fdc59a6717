// A summary's heading of questions alone on its line ("Open questions", «Открытые вопросы», "待解决问题",
// "Perguntas em aberto", "Nyitott kérdések") lists what was asked, not what is so: a product named in
// such an item is no service of the case, while two values asked in one item stay open, to be asked.
import { checkKind } from './kindCheck';

describe('the items under a heading of questions ask, they state nothing', () => {
  checkKind([
    [
      'en-US',
      'Sync notes, Tuesday\nSummary\n- Customer runs Dynamics 365 Sales, 25 users.\n- They want us to handle the admin side.\nOpen questions\n- Do they also run Azure VMs somewhere?\n- Who signs the order?',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Итоги созвона\n- У клиента Exchange Online, около 50 ящиков.\n- Хотят, чтобы мы вели поддержку.\n**Открытые вопросы:**\n- Понадобится ли Azure под бэкапы?',
      { service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '周会记录\n- 客户用的是 Azure 虚拟机，大概二十台。\n- 目前通过另一家 CSP 伙伴购买。\n待解决问题\n- 以后要不要加 Microsoft 365？',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'Resumo da call\n• Cliente usa Power BI Pro, umas 15 licenças.\n• Quer que a gente cuide do suporte.\nPerguntas em aberto\n• Vão querer Azure para o data lake?',
      { service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Jegyzet a hívásról\n- Az ügyfél Azure-ban futtat két SQL-adatbázist.\nNyitott kérdések\n1. Kell-e nekik Microsoft 365 is?',
      { service: 'usage' },
    ],
    // Two values asked in one item stay a question to ask.
    [
      'en-US',
      'Recap\n- Buys straight from Microsoft with a card.\nOpen questions\n- Is the ask about the Office seats or the Azure tenant, not sure yet',
      { channel: 'microsoft' },
      ['service'],
    ],
    // Near misses: what follows the list, and an answer after the question mark, still state.
    ['en-US', 'Open questions\n- Anything on the Azure side?\n\nWe checked later: they only use Azure, nothing else.', { service: 'usage' }],
    ['en-US', 'Open questions\n- Do they use Azure? Yes, a handful of VMs.', { service: 'usage' }],
    ['en-US', 'Questions about the EA renewal were raised by the CFO.', { channel: 'ea' }],
  ]);
});
