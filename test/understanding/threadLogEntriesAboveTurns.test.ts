// A call log whose first entries are stamped without a label ("09:10  cust thinks …") and whose
// later entries have one ("09:40  UPDATE from their IT: …"): the unlabelled entries above the first
// turn are older than it, not the paster's note written after the turns, so the update decides.
import { checkKind } from './kindCheck';

describe("thread: a log's stamped entries above its labelled turns are older than them", () => {
  checkKind([
    [
      'en-US',
      'Halvorsen Dental – phone log\n09:10  cust thinks the Azure was bought direct from Microsoft?? not sure, will confirm\n09:40  UPDATE from their IT: not from Microsoft – it came through their EA\n09:45  ask: we become partner of record',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'ru-RU',
      'Клиника Север – звонок\n10:02  клиент: Azure купили напрямую у Microsoft?? не уверен, уточню\n10:30  ОБНОВЛЕНИЕ от их ИТ: не у Microsoft – у них свой EA\n10:35  просят: стать partner of record',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'pt-BR',
      'Clínica Norte – ligação\n10:02  cliente acha que o Azure foi comprado direto da Microsoft?? não tenho certeza\n10:30  ATUALIZAÇÃO do TI deles: não foi da Microsoft – é pelo EA deles\n10:35  pedido: virar partner of record',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
