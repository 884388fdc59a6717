// A register pasted from a sheet keeps rows that no longer hold beside the ones that do, with a
// status cell saying so ("Superseded", «Аннулирован», "已作废"): such a row states nothing, its
// cells are neither answers nor a rival to the rows that still hold.
import { checkKind } from './kindCheck';

describe('a pasted table row whose status cell says it no longer holds', () => {
  checkKind([
    [
      'en-US',
      'Entries from the tracker:\n\nRef\tState\tField\tValue\nR1\tSuperseded\tProduct\tAzure\nR2\tActive\tChannel\tEnterprise Agreement\nR3\tActive\tPartner\tIndirect provider',
      { channel: 'ea', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Выписка из реестра:\n\nНомер\tСтатус\tПоле\tЗначение\nП-1\tАннулирован\tПродукт\tAzure\nП-2\tДействует\tКанал\tEA\nП-3\tДействует\tОблако\tГлобальное',
      { cloud: 'global', channel: 'ea' },
    ],
    [
      'zh-CN',
      '台账摘录：\n\n序号\t状态\t字段\t内容\nB-1\t已取消\t产品\tAzure\nB-2\t有效\t渠道\t其他 CSP\nB-3\t有效\t云\t全球',
      { cloud: 'global', channel: 'otherCsp' },
    ],
    [
      'pt-BR',
      'Trecho da planilha de controle:\n\nItem\tSituação\tCampo\tValor\nC-1\tCancelado\tProduto\tAzure\nC-2\tAtivo\tCanal\tEA\nC-3\tAtivo\tNuvem\tGlobal',
      { cloud: 'global', channel: 'ea' },
    ],
    [
      'hu-HU',
      'Részlet a nyilvántartásból:\n\nSorszám\tÁllapot\tMező\tÉrték\nK-1\tVisszavonva\tTermék\tAzure\nK-2\tÉrvényes\tCsatorna\tOpen\nK-3\tÉrvényes\tFelhő\tGlobális',
      { cloud: 'global', channel: 'open' },
    ],
    // Near miss: when every row is closed, none is set aside against another, and the table is read as before.
    [
      'en-US',
      'Entries from the tracker:\n\nRef\tState\tField\tValue\nR1\tSuperseded\tChannel\tOpen License\nR2\tSuperseded\tProduct\tVisio\nR3\tSuperseded\tGoal\tSupport only',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
