// "Not X but Y" said of another party (the customer's old partner, its branch) takes back nothing
// the writer said of its own role or of this customer's cloud.
import { checkKind } from './kindCheck';

describe('kind: whose, a role or cloud denied of another party takes back nothing of ours', () => {
  checkKind([
    ['en-US', 'We are a direct bill partner. Their old partner was not direct bill but an indirect reseller via Ingram.', { partnerType: 'direct' }],
    [
      'en-US',
      'The customer is on the commercial cloud. Their Shanghai branch is not on commercial but on the China cloud operated by 21Vianet.',
      {},
      ['cloud'],
    ],
    // Near miss: a field corrected in a comment is still taken back.
    ['ru-RU', 'Облако: 21Vianet. Комментарий: заполнено неверно. Не 21Vianet, а обычное глобальное облако.', { cloud: 'global' }],
  ]);
});
