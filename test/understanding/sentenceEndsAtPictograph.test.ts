// A pictograph typed in a chat ends its sentence: a "no" before it does not reach the word after it.
import { checkKind } from './kindCheck';

describe('A pictograph ends its sentence', () => {
  checkKind([
    ['pt-BR', 'comprou sozinho no site, sem parceiro nenhum 😅 m365', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'bought direct from Microsoft, no partner 🙂 Office 365', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'Compraram o Microsoft® 365 pelo EA.', { channel: 'ea', service: 'license' }],
  ]);
});
