// A reminder of what a page or a document lists ("页面只写了许可证类服务") is a general note, not this
// customer's product: the Azure said of the case stands.
import { checkKind } from './kindCheck';

describe('kind: Chinese note on what a page lists states no product', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Azure 是从世纪互联直接买的。备注：官方网页上只列了许可证类产品，Azure 的事另问。',
      { cloud: 'china', channel: 'vianet', service: 'usage' },
    ],
  ]);
});
