// «Нет, обычный коммерческий», «Обычное глобальное»: a reply that calls the cloud the ordinary
// commercial or global one answers the cloud, as «коммерческий» alone does. Said of something
// else («клиент обычный коммерческий») it is not the cloud.
import { checkKind } from './kindCheck';

describe('short-variant: «обычный коммерческий» as a reply is the global cloud (ru-RU)', () => {
  checkKind([
    ['ru-RU', '[10:01] Иван: клиент в GCC?\n[10:02] Ольга: нет, не в GCC, обычный коммерческий', { cloud: 'global' }],
    ['ru-RU', 'Облако какое? Обычное глобальное. Azure по EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Клиент обычный коммерческий, Office 365 по EA.', { channel: 'ea', service: 'license' }],
  ]);
});
