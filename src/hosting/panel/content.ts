// GET /panel/content.json?locale=: the deployment's content for the side panel's page, one
// language at a time (src/panel/panelContent.ts has the contract). The same for everyone and fixed
// from start-up: each language's answer is made once, cacheable for five minutes, with an ETag.
// It holds the overlay's texts and the due rows only, which any result card shows anyway.
import { createHash } from 'crypto';
import * as restify from 'restify';
import type { DeploymentContent } from '../../domain/deploymentContent';
import type { LocaleTag } from '../../domain/locales';
import { PANEL_CONTENT_PATH, panelContentAnswer } from '../../panel/panelContent';
import { negotiateLocale } from '../../conversation/pages/webChatPage';
import { matchesEtag, panelContentHeaders } from '../../conversation/pages/pageAnswers';

interface Answer {
  body: string;
  etag: string;
}

export function registerPanelContent(server: restify.Server, content: DeploymentContent | undefined): void {
  const answers = new Map<LocaleTag, Answer>();
  const answerFor = (locale: LocaleTag): Answer => {
    let answer = answers.get(locale);
    if (!answer) {
      const body = JSON.stringify(panelContentAnswer(content, locale));
      answer = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
      answers.set(locale, answer);
    }
    return answer;
  };
  server.get(PANEL_CONTENT_PATH, (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const query = new URL(req.url ?? '/', 'http://panel.invalid').searchParams;
    const { locale } = negotiateLocale(query.get('locale') ?? undefined, req.headers['accept-language']);
    const { body, etag } = answerFor(locale);
    const headers = panelContentHeaders(etag, locale);
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
    } else {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    }
    next(false);
  });
}
