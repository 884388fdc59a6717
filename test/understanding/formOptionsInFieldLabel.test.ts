// Options offered in round brackets inside a field's label, just before its colon, are the form's
// hint, not an answer: only the value typed after the colon (or explained below it) counts.
import { checkKind } from './kindCheck';

describe("options in round brackets in a field's label are no answer", () => {
  checkKind([
    ['ru-RU', 'Анкета\nОблако (глобальное / Китай / гособлако США): Китай\nПродукт: Office 365 E1', { cloud: 'china', service: 'license' }],
    ['ru-RU', 'Где покупали (Microsoft / EA / CSP / иное): иное\nКомментарий: брали у синдикационного партнёра вместе с хостингом', { channel: 'syndication' }],
    ['en-US', 'Intake\nCloud (Global / China / US Gov): US Gov\nProduct: Azure', { cloud: 'usgov', service: 'usage' }],
    ['pt-BR', 'Formulário\nNuvem (Global / China): China\nProduto: Azure', { cloud: 'china', service: 'usage' }],
  ]);
});
