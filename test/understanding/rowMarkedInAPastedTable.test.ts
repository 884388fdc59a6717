// A table pasted from a sheet holds other customers' rows beside the case's; the paster often marks
// the case's row with a star, a pointing hand or an arrow instead of naming it. The marked row is
// read, the others' cells are not; and a table's cells are clauses of their own ("Global⇥EA").
import { checkKind } from './kindCheck';

describe('the row a pasted table marks, read by its cells', () => {
  checkKind([
    [
      'en-US',
      'Look at the starred line:\n\nName\tCloud\tSource\tProduct\nFabrikam Bikes\tGlobal\tEA\tTeams Phone\n★ Woodgrove Farms\tGlobal\tOpen License\tVisio Plan 2\nNod Publishers\tGlobal\tOther CSP\tAzure',
      { cloud: 'global', channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Наш клиент отмечен стрелкой:\n\nКомпания\tОблако\tКанал\tПродукт\nООО «Север»\tГлобальное\tEA\tAzure\nАО «Пламя»\tГлобальное\tдругой CSP\tProject Plan 3\t<--\nООО «Тайга»\tГлобальное\tOpen\tVisio',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
    ],
    [
      'zh-CN',
      '看打了👉的那一行：\n\n公司\t云\t渠道\t产品\n星河物流\t全球\t其他 CSP\tVisio\n👉 海川制药\t全球\tEA\tAzure\n青松书店\t全球\tOpen\tProject',
      { cloud: 'global', channel: 'ea', service: 'usage' },
    ],
    [
      'pt-BR',
      'É a linha marcada com <<< aqui embaixo:\n\nEmpresa\tNuvem\tCanal\tProduto\nPadaria Sol\tGlobal\tOpen\tVisio\nCerâmica Norte\tGlobal\tEA\tAzure\t<<<\nGráfica Leste\tGlobal\tOutro CSP\tProject',
      { cloud: 'global', channel: 'ea', service: 'usage' },
    ],
    [
      'hu-HU',
      'A csillagos sor a miénk:\n\nCég\tFelhő\tCsatorna\tTermék\nKovács Pékség Kft.\tGlobális\tEA\tAzure\n* Duna Papír Zrt.\tGlobális\tOpen\tVisio\nTisza Fa Bt.\tGlobális\tMásik CSP\tProject',
      { cloud: 'global', channel: 'open', service: 'license' },
    ],
    // A lone row under its header: its cloud cell is read on its own.
    ['en-US', 'Name\tCloud\tSource\tProduct\nFabrikam Bikes\tGlobal\tEA\tTeams Phone', { cloud: 'global', channel: 'ea', service: 'license' }],
    // Near miss: every row is marked, so none is picked and the rows' channels are asked.
    [
      'en-US',
      'Both lines matter:\n\nName\tCloud\tSource\tProduct\n★ Fabrikam Bikes\tGlobal\tEA\tAzure\n★ Woodgrove Farms\tGlobal\tOpen License\tAzure',
      { cloud: 'global', service: 'usage' },
      ['channel'],
    ],
    // Near miss: a list of tasks has no header line, so its status cell ("OPEN") is no clause of its own and no channel.
    [
      'en-US',
      'Tenant bought through an EA, Azure only.\n\nTasks\n  T-1  Send the GDAP link to the customer   Owner: Kim   OPEN\n  T-2  Check the Azure subscriptions list   Owner: Raj   OPEN\n  T-3  Book the handover call   Owner: Kim   DONE',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
