// «Не Azure, а Exchange Online — с Azure у них вопросов нет»: a product said to raise no questions
// is set aside like a negated one, and does not contradict the product the message is about.
import { checkKind } from './kindCheck';

describe('notXbutY: «с X вопросов нет» sets X aside (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Речь про Exchange Online, с Azure у них вопросов нет. Хотят, чтобы мы сопровождали.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Не Azure, а Teams — по Azure никаких вопросов нет. Брали по EA.', { channel: 'ea', service: 'license' }],
  ]);
});
