// A turn that seeks a nod ("…, correct?") is confirmed by a yes; a reply that puts the answer off
// ("I'll check the invoices", «посмотрю в счетах», "vou olhar as faturas", "megnézem") confirms nothing.
import { checkKind } from './kindCheck';

describe('kind: chat-export, a reply that puts the answer off confirms nothing', () => {
  checkKind([
    ['en-US', "Agent: Azure bought from Microsoft directly, correct?\nPartner: I'll check the invoices", {}],
    ['ru-RU', 'Агент: Azure куплен напрямую у Microsoft, правильно понимаю?\nПартнер: посмотрю в счетах', {}],
    ['pt-BR', 'Agente: Azure comprado direto da Microsoft, confere?\nParceiro: vou olhar as faturas', {}],
    ['hu-HU', 'Agent: Azure közvetlenül a Microsofttól, stimmel?\nPartner: megnézem a számlákat', {}],
    // Near miss: a yes confirms it.
    ['en-US', 'Agent: Azure bought from Microsoft directly, correct?\nPartner: yes', { channel: 'microsoft', service: 'usage' }],
  ]);
});
