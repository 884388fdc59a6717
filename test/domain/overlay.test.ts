// The partner's section of a result: shown in a language the overlay has, when it has anything to
// show for that row (a contact line for every result, or the row's own steps, notes or links).
import { strict as assert } from 'assert';
import { Overlay, partnerSection } from '../../src/domain/overlay';

const note = { title: 'Before you start', text: 'Write down the customer tenant ID.' };
const link = { title: 'Our runbook', url: 'https://contoso.example/runbook' };

const overlay: Overlay = {
  languages: {
    'en-US': { name: 'Contoso', contact: 'Ask Ana in Teams.', rows: { G2: { steps: ['Open a ticket.'] } } },
    'hu-HU': { name: 'Contoso Kft.', rows: { G1: { steps: [] }, G2: { steps: ['Nyisson jegyet.'] }, G3: { notes: [note] }, G4: { links: [link] } } },
    'pt-BR': { name: 'Contoso Ltda.', contact: '' },
  },
};

describe('partner section of a result', () => {
  it('shows nothing without an overlay or without the language', () => {
    assert.equal(partnerSection(undefined, 'en-US', 'G1'), undefined);
    assert.equal(partnerSection(overlay, 'ru-RU', 'G2'), undefined);
  });

  it("shows the contact line on every result, with the row's own steps when it has some", () => {
    assert.deepEqual(partnerSection(overlay, 'en-US', 'G1'), { name: 'Contoso', contact: 'Ask Ana in Teams.', steps: [], notes: [], links: [] });
    assert.deepEqual(partnerSection(overlay, 'en-US', 'G2'), {
      name: 'Contoso',
      contact: 'Ask Ana in Teams.',
      steps: ['Open a ticket.'],
      notes: [],
      links: [],
    });
  });

  it('without a contact line, shows a row that has steps, notes or links, and no contact member', () => {
    assert.deepEqual(partnerSection(overlay, 'hu-HU', 'G2'), { name: 'Contoso Kft.', steps: ['Nyisson jegyet.'], notes: [], links: [] });
    assert.deepEqual(partnerSection(overlay, 'hu-HU', 'G3'), { name: 'Contoso Kft.', steps: [], notes: [note], links: [] });
    assert.deepEqual(partnerSection(overlay, 'hu-HU', 'G4'), { name: 'Contoso Kft.', steps: [], notes: [], links: [link] });
  });

  it('shows nothing where the row adds nothing and there is no contact line (an empty one is none)', () => {
    assert.equal(partnerSection(overlay, 'hu-HU', 'G1'), undefined);
    assert.equal(partnerSection(overlay, 'hu-HU', 'G5'), undefined);
    assert.equal(partnerSection(overlay, 'pt-BR', 'G1'), undefined);
  });
});
