// A host config and page styles that make the adaptivecards JS renderer look like a card in the
// Microsoft Teams desktop client, light theme: Segoe UI (with look-alike fallbacks), Teams text
// and brand colours, Teams spacing. Used by the card gallery (scripts/cards-preview.ts); it is an
// approximation for reviewing layout and text, not a pixel-exact copy of Teams.

/** Segoe UI where installed; otherwise close sans-serifs, with CJK faces before the generic family. */
export const TEAMS_FONT_STACK =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', " +
  "'Liberation Sans', Arial, 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** Widths (CSS px) a card gets in a Teams chat: messages are capped; a result reads better wider. */
export const CARD_WIDTH = { normal: 450, wide: 640 } as const;

/** Teams light palette. */
export const TEAMS_COLORS = {
  text: '#242424',
  subtle: '#616161',
  brand: '#5B5FC7',
  brandHover: '#4F52B2',
  link: '#4F52B2',
  good: '#0E700E',
  warning: '#A3510A',
  attention: '#C4314B',
  chatBackground: '#F5F5F5',
  cardBorder: '#E0E0E0',
  buttonBorder: '#D1D1D1',
} as const;

interface ColorPair {
  default: string;
  subtle: string;
}

/** The same readable text colours on every container background. */
function foregroundColors(): Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', ColorPair> {
  const c = TEAMS_COLORS;
  return {
    default: { default: c.text, subtle: c.subtle },
    dark: { default: '#000000', subtle: '#424242' },
    light: { default: '#FFFFFF', subtle: '#F0F0F0' },
    accent: { default: c.brand, subtle: '#7579EB' },
    good: { default: c.good, subtle: '#107C10' },
    warning: { default: c.warning, subtle: '#BC4B09' },
    attention: { default: c.attention, subtle: '#D13438' },
  };
}

function containerStyle(backgroundColor: string, borderColor?: string): Record<string, unknown> {
  return { backgroundColor, ...(borderColor ? { borderColor } : {}), foregroundColors: foregroundColors() };
}

/** Host config JSON as the adaptivecards `HostConfig` constructor reads it. */
export const TEAMS_LIGHT_HOST_CONFIG: Record<string, unknown> = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ',',
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: TEAMS_COLORS.cardBorder },
  fontTypes: {
    default: {
      fontFamily: TEAMS_FONT_STACK,
      fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
      fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
  },
  lineHeights: { small: 16, default: 20, medium: 22, large: 28, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: containerStyle('#FFFFFF'),
    emphasis: containerStyle('#F5F5F5', TEAMS_COLORS.cardBorder),
    accent: containerStyle('#E8EBFA', '#C5CBFA'),
    good: containerStyle('#E7F4E4', '#9FD89F'),
    warning: containerStyle('#FFF4CE', '#F5D98C'),
    attention: containerStyle('#FDE7E9', '#EEACB2'),
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    allowTitleToWrap: false,
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 160 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  inputs: {
    label: {
      inputSpacing: 'small',
      requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { size: 'small', color: 'attention', weight: 'default' },
  },
  textBlock: { headingLevel: 2 },
};

/** Page styles for what the host config cannot express: the message bubble, buttons, inputs, links. */
export const TEAMS_LIGHT_CSS = `
html, body { margin: 0; padding: 0; background: ${TEAMS_COLORS.chatBackground}; }
body { font-family: ${TEAMS_FONT_STACK}; color: ${TEAMS_COLORS.text}; -webkit-font-smoothing: antialiased; }
.shot { display: inline-block; padding: 12px; background: ${TEAMS_COLORS.chatBackground}; }
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
