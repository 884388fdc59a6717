// Kind "rambling", the service in scope: "只谈 Azure——许可证…" restricts the product right after the
// word for "only", as «только Azure — лицензии…» does. Chinese is written with no space around a
// Latin product or the dash, so the licences' word stands right against Azure and the word for
// "only" right against Azure: it is still only Azure in scope, the licences are background.
import { checkKind } from './kindCheck';

describe('kind: only service, Chinese written without spaces: the product right after the word is the one in scope', () => {
  checkKind([
    ['zh-CN', '这次只谈Azure——许可证他们早就从我们这里买了。', { service: 'usage' }],
    ['zh-CN', '只谈 Azure——许可证早就从我们这买了', { service: 'usage' }],
  ]);
});
