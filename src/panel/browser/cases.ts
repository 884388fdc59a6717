// My cases below the advisor's cards, inside Teams only: Teams gives the page a single sign-on
// token for whoever has it open (authentication.getAuthToken), the bot verifies it and answers with
// that person's own list. No Teams, no token (the user declined, the app has no SSO), or no list
// (the deployment has no actions: 404; a refused token: 401): nothing is shown, nothing is said.
import * as AC from 'adaptivecards';
import type { authentication as TeamsAuthentication } from '@microsoft/teams-js';
import { PANEL_CASES_PATH, PanelCasesAnswer, readPanelCasesAnswer } from '../panelCases';

export async function fetchMyCases(auth: typeof TeamsAuthentication, locale: string): Promise<PanelCasesAnswer | undefined> {
  try {
    const token = await auth.getAuthToken();
    const response = await fetch(`${PANEL_CASES_PATH}?locale=${encodeURIComponent(locale)}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    return response.ok ? readPanelCasesAnswer(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/** The list in its own section after the cards (made on first use), drawn with the page's theme. */
export function renderMyCases(answer: PanelCasesAnswer, hostConfig: AC.HostConfig, after: HTMLElement): void {
  let section = document.getElementById('my-cases');
  if (!section) {
    section = document.createElement('section');
    section.id = 'my-cases';
    section.className = 'card card-myCases';
    after.insertAdjacentElement('afterend', section);
  }
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.parse(JSON.parse(JSON.stringify(answer.card)) as object);
  const element = card.render();
  section.setAttribute('aria-label', answer.summary.split(':', 1)[0] ?? '');
  section.replaceChildren(...(element ? [element] : []));
}
