// "Pagou tudo direto pra Microsoft" (paid everything straight to Microsoft) is a purchase from
// Microsoft, as "pagou direto pra Microsoft" is.
import { checkKind } from './kindCheck';

describe('channel: everything paid straight to Microsoft', () => {
  checkKind([
    ['pt-BR', 'O cliente pagou tudo direto pra Microsoft, no boleto. É Azure.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Eles pagam tudo diretamente à Microsoft. Microsoft 365.', { channel: 'microsoft', service: 'license' }],
  ]);
});
