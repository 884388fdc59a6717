// An IVR log names the menus the caller pressed ("pressionou 2 (transferência)", «нажал 4 (перенос
// лицензий)», "pressed 3 (billing transfer)", "按 2（订阅转移）"): a menu's label is the phone system's
// words, not a goal the caller stated; the agent's note below it states (dictated.ts).
import { checkKind } from './kindCheck';

describe('dictated: an IVR menu the caller pressed states no goal', () => {
  checkKind([
    [
      'pt-BR',
      'URA 09:14 – cliente pressionou 2 (comercial), depois 4 (transferência de faturamento).\nNota: Gráfica Aurora, Microsoft 365 Business Standard comprado com outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'IVR 16:20: абонент нажал 2 (продажи), потом 4 (перенос лицензий).\nОператор: ООО «Полесье», Microsoft 365 E3 по EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'IVR 14:02 caller pressed 1 (sales), pressed 3 (billing transfer)\nAgent: Bayview Dental, Microsoft 365 Business Premium on an Open licence.',
      { channel: 'open', service: 'license' },
    ],
    ['zh-CN', 'IVR：来电按 1（销售），按 2（订阅转移）。\n坐席备注：客户的 Microsoft 365 是通过 EA 买的。', { channel: 'ea', service: 'license' }],
    // A choice named in brackets after "chose" is an answer, not a phone menu.
    ['en-US', 'Asked: 1 (EA) or 2 (another CSP)? Customer chose 2 (another CSP) for their Microsoft 365.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
