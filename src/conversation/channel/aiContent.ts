// What Teams and Microsoft 365 Copilot add to a message beyond its card: the text that stands on
// its own (Copilot), the verdict's sources as citations, and the feedback buttons on a verdict.
// The citation entity is the "AI-generated content" message entity of Teams without its
// AIGeneratedContent label: the advisor's answers come from a decision table, not from a model.
import { hasFeedbackLoop, needsStandaloneText, showsCitations } from '../cards/channelFeatures';
import { Source } from '../advisor/citations';
import { RenderedReply } from '../cards/replyCardCache';

export interface CitationEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  citation: { '@type': 'Claim'; position: number; appearance: { '@type': 'DigitalDocument'; name: string; url: string; abstract: string } }[];
}

export function citationEntity(sources: readonly Source[]): CitationEntity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: sources.map((s) => ({
      '@type': 'Claim',
      position: s.position,
      appearance: { '@type': 'DigitalDocument', name: s.name, url: s.url, abstract: s.abstract },
    })),
  };
}

/** Plain lines as Markdown paragraphs: Copilot joins lines that a single line break separates. */
function paragraphs(text: string): string {
  return text.replace(/\n+/g, '\n\n');
}

/** What of a message activity this adds to: its text, entities and channel data (the SDK's Activity has them). */
export interface MessageParts {
  text?: string;
  entities?: readonly unknown[];
  channelData?: unknown;
}

/** The card message for a channel with its text, citations and feedback buttons where it has them. */
export function withAiContent<A extends MessageParts>(activity: A, shown: Extract<RenderedReply, { card: unknown }>, channelId: string | undefined): A {
  const cited = shown.cited && showsCitations(channelId) ? shown.cited : undefined;
  const standalone = needsStandaloneText(channelId);
  if (!cited && !standalone) return activity;
  const out: A = { ...activity };
  // Copilot gets the whole reply as text (the verdict's with its markers); Teams the verdict's sentence above the card.
  if (standalone) out.text = paragraphs(cited ? cited.text : shown.fallbackText);
  else if (cited) out.text = cited.sentence;
  if (cited && cited.sources.length > 0) out.entities = [...(activity.entities ?? []), citationEntity(cited.sources)];
  if (shown.kind === 'result' && hasFeedbackLoop(channelId))
    out.channelData = { ...(activity.channelData as object | undefined), feedbackLoop: { type: 'default' } };
  return out;
}
