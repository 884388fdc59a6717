// A condition on a later change ("in case they move to an EA next year, the quote is redone") is no
// statement of where the customer buys today nor of what it asks of us: its sentence is set aside,
// and the channel stated elsewhere still answers. A condition with no later time is read as before.
import { checkKind } from './kindCheck';

describe('a condition on a change next year', () => {
  checkKind([
    [
      'en-US',
      'Visio is bought through Open License today. In case they switch to an EA next year, we redo the offer.',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Visio сейчас покупают по Open License. Если в следующем году перейдут на EA, коммерческое предложение пересчитаем.',
      { channel: 'open', service: 'license' },
    ],
    ['pt-BR', 'Hoje o Visio vem do Open License. Caso mudem para EA no ano que vem, refazemos a proposta.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'A Visio jelenleg Open License-en fut. Ha jövőre EA-ra váltanak, az ajánlatot újraszámoljuk.', { channel: 'open', service: 'license' }],
    ['en-US', 'Visio comes through Open License and they want to move it to us.', { channel: 'open', service: 'license', goal: 'move' }],
    // A wish said with the same words is no condition: "we'd like it if next year you were…".
    ['hu-HU', 'A Visio Open License-en van. Szeretnénk, ha jövőre Önök lennének a partner of record.', { channel: 'open', service: 'license', goal: 'move' }],
  ]);
});
