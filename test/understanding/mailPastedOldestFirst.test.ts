// Mails pasted one under another, each under its "From:" and date lines, are read newest first;
// when every mail has a date and the dates grow down the page, the mail at the bottom is the newest
// and decides what it says (a distributor's role in an older mail's signature included).
import { checkKind } from './kindCheck';

describe('mails pasted oldest first, by their date lines', () => {
  checkKind([
    [
      'pt-BR',
      'De: Renata Alves\nData: 02/09/2025 08:30\nA clínica compra o Microsoft 365 por um contrato Open Value.\n\n---\nDe: Caio Martins\nData: 03/09/2025 11:45\nFalei com o financeiro deles: o Open Value acabou, hoje pagam o Microsoft 365 no cartão direto na Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'pt-BR',
      'De: Lúcia Prado\nEnviado: 07/10/2025 09:00\nBom dia, Otávio, aguardo os dados.\n\nLúcia Prado | Executiva de Contas\nDistribuidora Alfa - Provedor Indireto CSP\n\n---\nDe: Otávio Reis\nEnviado: 07/10/2025 14:20\nLúcia, aqui nós somos parceiro de faturamento direto, não passamos por vocês. O cliente tem Azure comprado via EA.',
      { partnerType: 'direct', channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      'From: Nora Quinn\nDate: 3 Sep 2025 08:30\nThe clinic buys its Microsoft 365 seats through Open Value.\n\n---\nFrom: Eli Stone\nDate: 4 Sep 2025 11:45\nChecked with their finance team: Open Value lapsed, they now pay Microsoft directly by card for Microsoft 365.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'ru-RU',
      'От: Анна Белова\nДата: 02.09.2025 08:30\nКлиент покупает Microsoft 365 по договору Open Value.\n\n---\nОт: Игорь Титов\nДата: 03.09.2025 11:45\nУточнил у бухгалтерии клиента: Open Value закончился, теперь Microsoft 365 оплачивают картой напрямую у Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'zh-CN',
      '发件人：刘芳\n时间：2025-09-02 08:30\n客户的 Microsoft 365 是通过 Open Value 买的。\n\n———\n发件人：王强\n时间：2025-09-03 11:45\n跟客户财务核实过了：Open Value 已经到期，现在 Microsoft 365 是直接向微软用信用卡付款。',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'hu-HU',
      'Feladó: Kiss Éva\nDátum: 2025.09.02. 08:30\nAz ügyfél a Microsoft 365-öt Open Value szerződésen veszi.\n\n---\nFeladó: Tóth Ádám\nDátum: 2025.09.03. 11:45\nBeszéltem a pénzügyesükkel: az Open Value lejárt, most bankkártyával fizetik a Microsoft 365-öt, közvetlenül a Microsoftnak.',
      { channel: 'microsoft', service: 'license' },
    ],
    // Near misses: dates going down the page (pasted newest first), and mails without dates, keep the top one as the newest.
    [
      'pt-BR',
      'De: Caio Martins\nData: 03/09/2025 11:45\nFalei com o financeiro deles: o Open Value acabou, hoje pagam o Microsoft 365 no cartão direto na Microsoft.\n\n---\nDe: Renata Alves\nData: 02/09/2025 08:30\nA clínica compra o Microsoft 365 por um contrato Open Value.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'en-US',
      'From: Eli Stone\nThey pay Microsoft directly by card for Microsoft 365 now.\n\n---\nFrom: Nora Quinn\nThe clinic buys its Microsoft 365 seats through Open Value.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});
