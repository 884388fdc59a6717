// Adaptive Card host configs that look like Teams in its three themes (default, dark, high
// contrast): Segoe UI with look-alike fallbacks, Teams text and brand colours, Teams spacing. The
// side panel renders its cards with them, and the card gallery (scripts/cards-preview.ts) with
// the default one. Pure data: no DOM, so Node can check the colours' contrast too.

export type PanelTheme = 'default' | 'dark' | 'contrast';
export const PANEL_THEMES: readonly PanelTheme[] = ['default', 'dark', 'contrast'];

/** Segoe UI where installed; otherwise close sans-serifs, with CJK faces before the generic family. */
export const TEAMS_FONT_STACK =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', " +
  "'Liberation Sans', Arial, 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export interface Palette {
  text: string;
  subtle: string;
  brand: string;
  brandSubtle: string;
  brandHover: string;
  /** Text on the brand colour (the primary button). */
  onBrand: string;
  link: string;
  good: string;
  goodSubtle: string;
  warning: string;
  warningSubtle: string;
  attention: string;
  attentionSubtle: string;
  /** Strongest and lightest text, for the `dark` and `light` colours of the card schema. */
  dark: [string, string];
  light: [string, string];
  background: string;
  card: string;
  emphasis: [background: string, border: string];
  accent: [background: string, border: string];
  goodBox: [background: string, border: string];
  warningBox: [background: string, border: string];
  attentionBox: [background: string, border: string];
  cardBorder: string;
  buttonBorder: string;
  focus: string;
}

export const PALETTES: Readonly<Record<PanelTheme, Palette>> = {
  default: {
    text: '#242424',
    subtle: '#616161',
    brand: '#5B5FC7',
    brandSubtle: '#7579EB',
    brandHover: '#4F52B2',
    onBrand: '#FFFFFF',
    link: '#4F52B2',
    good: '#0E700E',
    goodSubtle: '#107C10',
    warning: '#A3510A',
    warningSubtle: '#BC4B09',
    attention: '#C4314B',
    attentionSubtle: '#D13438',
    dark: ['#000000', '#424242'],
    light: ['#FFFFFF', '#F0F0F0'],
    background: '#F5F5F5',
    card: '#FFFFFF',
    emphasis: ['#F5F5F5', '#E0E0E0'],
    accent: ['#E8EBFA', '#C5CBFA'],
    goodBox: ['#E7F4E4', '#9FD89F'],
    warningBox: ['#FFF4CE', '#F5D98C'],
    attentionBox: ['#FDE7E9', '#EEACB2'],
    cardBorder: '#E0E0E0',
    buttonBorder: '#D1D1D1',
    focus: '#000000',
  },
  dark: {
    text: '#FFFFFF',
    subtle: '#D6D6D6',
    brand: '#A3A8F8',
    brandSubtle: '#AAB1FA',
    brandHover: '#9299F7',
    onBrand: '#000000',
    link: '#AAB1FA',
    good: '#92C353',
    goodSubtle: '#A7D26F',
    warning: '#FFB366',
    warningSubtle: '#FFC78F',
    attention: '#FF8A9B',
    attentionSubtle: '#FFA3B0',
    dark: ['#FFFFFF', '#D6D6D6'],
    light: ['#FFFFFF', '#D6D6D6'],
    background: '#1F1F1F',
    card: '#292929',
    emphasis: ['#333333', '#474747'],
    accent: ['#2F2F4A', '#4F52B2'],
    goodBox: ['#1E3317', '#437A2E'],
    warningBox: ['#3D2A12', '#8A5A1F'],
    attentionBox: ['#3E1F25', '#8C3443'],
    cardBorder: '#474747',
    buttonBorder: '#666666',
    focus: '#FFFFFF',
  },
  // Teams' high contrast: white on black, yellow links, cyan for what is selected or active.
  contrast: {
    text: '#FFFFFF',
    subtle: '#FFFFFF',
    brand: '#1AEBFF',
    brandSubtle: '#1AEBFF',
    brandHover: '#FFFF01',
    onBrand: '#000000',
    link: '#FFFF01',
    good: '#3FF23F',
    goodSubtle: '#3FF23F',
    warning: '#FFFF01',
    warningSubtle: '#FFFF01',
    attention: '#FF8080',
    attentionSubtle: '#FF8080',
    dark: ['#FFFFFF', '#FFFFFF'],
    light: ['#FFFFFF', '#FFFFFF'],
    background: '#000000',
    card: '#000000',
    emphasis: ['#000000', '#FFFFFF'],
    accent: ['#000000', '#1AEBFF'],
    goodBox: ['#000000', '#3FF23F'],
    warningBox: ['#000000', '#FFFF01'],
    attentionBox: ['#000000', '#FF8080'],
    cardBorder: '#FFFFFF',
    buttonBorder: '#FFFFFF',
    focus: '#1AEBFF',
  },
};

interface ColorPair {
  default: string;
  subtle: string;
}

/** The same readable text colours on every container background. */
function foregroundColors(p: Palette): Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', ColorPair> {
  return {
    default: { default: p.text, subtle: p.subtle },
    dark: { default: p.dark[0], subtle: p.dark[1] },
    light: { default: p.light[0], subtle: p.light[1] },
    accent: { default: p.brand, subtle: p.brandSubtle },
    good: { default: p.good, subtle: p.goodSubtle },
    warning: { default: p.warning, subtle: p.warningSubtle },
    attention: { default: p.attention, subtle: p.attentionSubtle },
  };
}

function containerStyle(p: Palette, [backgroundColor, borderColor]: [string, string?]): Record<string, unknown> {
  return { backgroundColor, ...(borderColor ? { borderColor } : {}), foregroundColors: foregroundColors(p) };
}

/** Host config JSON as the adaptivecards `HostConfig` constructor reads it. */
export function hostConfigFor(theme: PanelTheme): Record<string, unknown> {
  const p = PALETTES[theme];
  const fontSizes = { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 };
  const fontWeights = { lighter: 300, default: 400, bolder: 600 };
  return {
    supportsInteractivity: true,
    choiceSetInputValueSeparator: ',',
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.cardBorder },
    fontTypes: {
      default: { fontFamily: TEAMS_FONT_STACK, fontSizes, fontWeights },
      monospace: { fontFamily: "Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace", fontSizes, fontWeights },
    },
    lineHeights: { small: 16, default: 20, medium: 22, large: 28, extraLarge: 32 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: containerStyle(p, [p.card]),
      emphasis: containerStyle(p, p.emphasis),
      accent: containerStyle(p, p.accent),
      good: containerStyle(p, p.goodBox),
      warning: containerStyle(p, p.warningBox),
      attention: containerStyle(p, p.attentionBox),
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
}
