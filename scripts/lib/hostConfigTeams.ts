// A host config and page styles that make the adaptivecards JS renderer look like a card in the
// Microsoft Teams desktop client, light theme. The host configs of all three Teams themes live
// with the side panel (src/panel/hostConfigs.ts), which renders cards with them in the browser;
// the card gallery (scripts/cards-preview.ts) takes the default one. It is an approximation for
// reviewing layout and text, not a pixel-exact copy of Teams.
import { PALETTES, TEAMS_FONT_STACK, hostConfigFor } from '../../src/panel/hostConfigs';

/** Widths (CSS px) a card gets in a Teams chat: messages are capped; a result reads better wider. */
export const CARD_WIDTH = { normal: 450, wide: 640 } as const;

/** Teams light palette. */
const TEAMS_COLORS = PALETTES.default;

/** Host config JSON as the adaptivecards `HostConfig` constructor reads it. */
export const TEAMS_LIGHT_HOST_CONFIG: Record<string, unknown> = hostConfigFor('default');

/** Page styles for what the host config cannot express: the message bubble, buttons, inputs, links. */
export const TEAMS_LIGHT_CSS = `
html, body { margin: 0; padding: 0; background: ${TEAMS_COLORS.background}; }
body { font-family: ${TEAMS_FONT_STACK}; color: ${TEAMS_COLORS.text}; -webkit-font-smoothing: antialiased; }
.shot { display: inline-block; padding: 12px; background: ${TEAMS_COLORS.background}; }
.bubble {
  background: #FFFFFF; border: 1px solid ${TEAMS_COLORS.cardBorder}; border-radius: 6px; overflow: hidden;
  box-shadow: 0 1px 2px rgba(0, 0, 0, 0.10), 0 0 2px rgba(0, 0, 0, 0.06);
}
.bubble .ac-adaptiveCard { border-radius: 6px; }
.bubble .ac-textBlock p { margin: 0; }
.bubble .ac-textBlock p + p, .bubble .ac-textBlock ul, .bubble .ac-textBlock ol { margin: 6px 0 0 0; }
.bubble .ac-textBlock ul, .bubble .ac-textBlock ol { padding-left: 22px; }
.bubble a, .bubble a.ac-anchor, .bubble a.ac-anchor:link, .bubble a.ac-anchor:visited { color: ${TEAMS_COLORS.link}; text-decoration: none; }
.bubble strong { font-weight: 600; }
.bubble .ac-pushButton {
  font-family: ${TEAMS_FONT_STACK}; font-size: 14px; font-weight: 600; line-height: 20px;
  min-height: 32px; padding: 5px 12px; border-radius: 4px; cursor: pointer;
  background: #FFFFFF; color: ${TEAMS_COLORS.text}; border: 1px solid ${TEAMS_COLORS.buttonBorder};
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; flex: 0 1 auto; min-width: 0;
}
.bubble .ac-pushButton.style-positive { background: ${TEAMS_COLORS.brand}; border-color: ${TEAMS_COLORS.brand}; color: #FFFFFF; }
.bubble .ac-pushButton.style-destructive { color: ${TEAMS_COLORS.attention}; }
.bubble .ac-pushButton > div { overflow: hidden; text-overflow: ellipsis; }
.bubble .ac-input { font-family: ${TEAMS_FONT_STACK}; font-size: 14px; color: ${TEAMS_COLORS.text}; }
.bubble .ac-choiceSetInput-expanded > div { margin: 4px 0; }
.bubble .ac-choiceSetInput-expanded label { line-height: 20px !important; margin-left: 2px !important; }
.bubble .ac-choiceSetInput-expanded input[type="radio"] {
  accent-color: ${TEAMS_COLORS.brand}; width: 16px; height: 16px; margin: 0; flex: 0 0 auto;
}
.bubble .ac-input-validation-failed { border-color: ${TEAMS_COLORS.attention}; }
`;
