// Words a Russian speaker says or types half in English: «энтерпрайз эгримент» dictated as heard,
// «облако Global» with the cloud's English name. Both are read as the written words are.
import { checkKind } from './kindCheck';

describe('kind: variants, an English name said or typed in a Russian message', () => {
  checkKind([
    ['ru-RU', 'лицензии офис триста шестьдесят пять у них по энтерпрайз эгрименту нужна поддержка', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'облако Global, Microsoft 365, нужна поддержка', { cloud: 'global', service: 'license', goal: 'support' }],
  ]);
});
