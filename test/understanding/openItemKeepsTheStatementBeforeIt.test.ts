// An agenda item answered as still open states nothing, but a statement joined before its question
// on the same line (by a semicolon or a spaced dash) is no part of the question: its answers stand.
import { checkKind } from './kindCheck';

describe('an open item keeps the statement joined before its question', () => {
  checkKind([
    ['en-US', 'Call prep\n1. Customer is on an EA for Microsoft 365 – should we take over the billing? → TBD', { channel: 'ea', service: 'license' }],
    ['en-US', 'Call prep\n1. Customer is on an EA for Microsoft 365; should we take over the billing? → TBD', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Подготовка к звонку\n1. Клиент на EA, Microsoft 365 — переносим биллинг к нам? — Вопрос открыт', { channel: 'ea', service: 'license' }],
    ['zh-CN', '会议议程\n1. 客户通过企业协议购买 Microsoft 365；是否由我们接手账单？→ 未定', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Pauta\n1. Cliente tem Microsoft 365 por EA; vamos assumir o faturamento? → Em aberto', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Napirend\n1. Az ügyfél EA-n veszi a Microsoft 365-öt – átvesszük a számlázást? → Nyitott', { channel: 'ea', service: 'license' }],
    // The question itself still states nothing.
    ['en-US', 'Agenda\n1. Should we take over the billing? → TBD\nThey are on an EA for Microsoft 365', { channel: 'ea', service: 'license' }],
  ]);
});
