// A form whose field for a question is left blank ("Goal:", "☐ 目标：", "Objetivo: —", "Cél: nincs eldöntve")
// has no answer to it: what its title names of that question ("Migration checklist", "迁移检查表") is the
// document's name, and the goal is asked. A value in the field itself, or a line below the fields, still answers.
import { checkKind } from './kindCheck';

describe('a form title beside a blank field', () => {
  checkKind([
    ['en-US', 'Migration checklist - Harbor Dental\n☑ Cloud: global\n☑ Bought from: Microsoft directly\n☐ Goal:', { cloud: 'global', channel: 'microsoft' }],
    ['zh-CN', '迁移检查表 —「光谷云图」\n☑ 云环境：全球\n☑ 当前渠道：微软直销\n☐ 目标：', { cloud: 'global', channel: 'microsoft' }],
    ['pt-BR', 'Checklist de migração – Clínica Sol\nNuvem: global\nCanal: direto da Microsoft\nObjetivo: ?', { cloud: 'global', channel: 'microsoft' }],
    ['ru-RU', 'Чек-лист переноса — «Сокол»\nОблако: глобальное\nКанал: напрямую у Microsoft\nЦель: —', { cloud: 'global', channel: 'microsoft' }],
    [
      'hu-HU',
      'Átviteli ellenőrzőlista – Kovács Kft.\nFelhő: globális\nCsatorna: közvetlenül a Microsofttól\nCél: nincs eldöntve',
      { cloud: 'global', channel: 'microsoft' },
    ],
    ['en-US', 'Migration checklist - Harbor Dental\n☑ Cloud: global\n☐ Goal: move the billing to us', { cloud: 'global', goal: 'move' }],
    [
      'en-US',
      'Migration checklist - Harbor Dental\nCloud: global\nGoal:\nNote from the call: they want the billing moved to us.',
      { cloud: 'global', goal: 'move' },
    ],
  ]);
});
