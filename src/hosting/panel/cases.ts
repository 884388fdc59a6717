// GET /panel/cases.json?locale=: My cases for the side panel. The page sends the Teams single
// sign-on token of whoever has it open; only a verified user token names anyone (entraToken.ts),
// and then only their own items are read, by their tenant and Entra object id: the same list the
// bot shows them in Teams.
// No token, or one that fails: 401 and nothing read. Never cached (one person's list).
import * as restify from 'restify';
import { catalogFor } from '../../domain/textCatalog';
import { caseListCard } from '../../conversation/followUps/caseListCards';
import { negotiateLocale } from '../../conversation/pages/webChatPage';
import type { CaseStore } from '../cases/caseStore';
import { itemsOfEntraUser } from '../cases/owners';
import type { Logger } from '../logging/logger';
import { EntraTokenVerifier, SigningKeysUnavailableError } from './entraToken';
import { PANEL_CASES_PATH, PanelCasesAnswer } from '../../panel/panelCases';
import { PanelCasesRefusal, panelCasesHeaders, panelCasesRefusal } from '../../conversation/pages/pageAnswers';

export interface PanelCasesDeps {
  store: CaseStore;
  verifier: Pick<EntraTokenVerifier, 'verify'>;
  logger: Logger;
  now?: () => number;
}

export function registerPanelCases(server: restify.Server, deps: PanelCasesDeps): void {
  const now = deps.now ?? Date.now;
  server.get(PANEL_CASES_PATH, async (req: restify.Request, res: restify.Response) => {
    const send = (status: number, body: unknown, extra: Record<string, string> = {}): void => {
      const json = JSON.stringify(body);
      res.writeHead(status, { ...panelCasesHeaders(Buffer.byteLength(json)), ...extra });
      res.end(json);
    };
    const refuse = (why: PanelCasesRefusal): void => {
      const { status, body, headers } = panelCasesRefusal(why);
      send(status, body, headers);
    };
    const query = new URL(req.url ?? '/', 'http://panel.invalid').searchParams;
    const { locale } = negotiateLocale(query.get('locale') ?? undefined, req.headers['accept-language']);
    try {
      const user = await deps.verifier.verify(req.headers.authorization);
      if (!user) return refuse('signIn');
      const items = await itemsOfEntraUser(deps.store, { tenantId: user.tid, objectId: user.oid });
      const { card, summary } = caseListCard({ items, now: now(), open: false }, catalogFor(locale), locale);
      send(200, { locale, card, summary } satisfies PanelCasesAnswer);
    } catch (error) {
      if (error instanceof SigningKeysUnavailableError) return refuse('keysUnavailable');
      deps.logger.warn({ err: error }, 'My cases could not be read for the side panel');
      refuse('failed');
    }
  });
}
