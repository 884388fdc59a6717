// The message a view or a reply becomes (src/conversation/cards/messages.ts) is built without the
// SDK: here it is held, byte for byte as JSON, against what the SDK's MessageFactory builds, with
// the summary, the locale and each channel's text, citations and feedback buttons on top.
import { strict as assert } from 'assert';
import { MessageFactory } from 'botbuilder';
import { activityFor, toActivity } from '../../src/conversation/cards/messages';
import { cardAttachment, renderCard } from '../../src/conversation/cards/cards';
import { COPILOT, forChannel } from '../../src/conversation/cards/channelFeatures';
import { RenderedReply, renderReply } from '../../src/conversation/cards/replyCardCache';
import { withAiContent } from '../../src/conversation/channel/aiContent';
import { LocaleTag } from '../../src/domain/locales';
import { everyResult, allViews } from '../support/allCards';

const CHANNELS = ['msteams', 'webchat', 'directline', COPILOT, undefined];

/** What the SDK's MessageFactory builds for what is shown, with what the bot adds to it. */
function sdkMessage(shown: RenderedReply, channelId: string | undefined, locale: LocaleTag): object {
  if ('text' in shown) return { ...MessageFactory.text(shown.text), locale };
  const card = forChannel(shown.kind, shown.card, channelId);
  const message = { ...MessageFactory.attachment(cardAttachment(card)), summary: shown.fallbackText.split('\n', 1)[0], locale };
  return withAiContent(message, shown, channelId);
}

describe('Messages', () => {
  it('builds a text reply as MessageFactory.text does, with its locale', () => {
    const rows: [string, string | undefined, LocaleTag][] = [
      ['Hello', 'msteams', 'en-US'],
      ['Привет', 'webchat', 'ru-RU'],
      ['', COPILOT, 'zh-CN'],
    ];
    for (const [text, channelId, locale] of rows) {
      assert.equal(JSON.stringify(activityFor({ text }, channelId, locale)), JSON.stringify(sdkMessage({ text }, channelId, locale)), `${text} ${channelId}`);
      assert.equal(JSON.stringify(toActivity({ text }, channelId, locale)), JSON.stringify(sdkMessage({ text }, channelId, locale)), `${text} ${channelId}`);
    }
  });

  it('builds every result on every channel as MessageFactory.attachment does, with summary, locale and what the channel adds', () => {
    const results = everyResult().filter((_, i) => i % 7 === 0);
    assert.ok(results.length > 10);
    let compared = 0;
    for (const locale of ['en-US', 'hu-HU'] as const)
      for (const reply of results)
        for (const channelId of CHANNELS) {
          const shown = renderReply(reply, locale);
          assert.equal(JSON.stringify(activityFor(shown, channelId, locale)), JSON.stringify(sdkMessage(shown, channelId, locale)), `${locale} ${channelId}`);
          compared += 1;
        }
    assert.ok(compared > 100);
  });

  it('builds every other card view the same way', () => {
    const views = allViews('pt-BR').filter((v) => v.card !== 'result');
    assert.ok(views.length > 10);
    for (const view of views)
      for (const channelId of CHANNELS) {
        const shown: RenderedReply = { kind: view.card, card: renderCard(view), fallbackText: view.fallbackText };
        assert.equal(JSON.stringify(toActivity(view, channelId, 'pt-BR')), JSON.stringify(sdkMessage(shown, channelId, 'pt-BR')), `${view.card} ${channelId}`);
      }
  });
});
