// A form or a template keeps its hints beside the answers typed into it: an example or a default in
// brackets, the options offered in square or angle brackets, a value struck through. They are
// nobody's answer; what is typed after them is.
import { checkKind } from './kindCheck';

describe("a form's hints are no answers", () => {
  checkKind([
    [
      'en-US',
      'Intake form\nCurrent channel (e.g. EA / Open / other CSP): bought directly from Microsoft\nProducts (example: Azure): Microsoft 365 E3 x 40\nGoal: support only',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Cloud: [Global / US Gov / China] -> US Gov\nChannel: <example: Enterprise Agreement>\nProducts: Office 365 G3',
      { cloud: 'usgov', service: 'license' },
    ],
    [
      'ru-RU',
      'Канал: Open License (пример) → фактически: у другого CSP-партнёра\nПродукты: Microsoft 365 Business Standard',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Тип партнёра: <прямой / непрямой>\nПродукты: Azure, две подписки', { service: 'usage' }],
    ['zh-CN', '采购渠道（例如：EA / Open）：直接在微软官网买的\n产品：Azure', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'Canal (ex.: EA, Open): outro parceiro CSP\nServiço: Microsoft 365 E3\nObjetivo: ~~transferir~~ só suporte',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Csatorna: ~~EA~~ Open Value\nTermék: Office 365 E1 × 10', { channel: 'open', service: 'license' }],
    ['hu-HU', '[x] Partnertípus: direct bill (alapértelmezett)\n[x] Termék: Microsoft 365 E5 × 30', { service: 'license' }],
  ]);
});

describe('brackets that are no hints stay read', () => {
  checkKind([
    ['pt-BR', '[09:40, 12/03/2026] Ana: o cliente comprou Azure direto da Microsoft', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'They bought Office 365 from a retailer (Staples) and want support', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
