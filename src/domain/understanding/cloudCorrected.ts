// A part that read its channel in a cloud a newer part corrects: a recap's "21Vianet edition of
// Microsoft 365, bought on Microsoft's website by card" under a comment "the 21Vianet edition is
// wrong, they use the global one". In the recap's own cloud a purchase from Microsoft is no option
// (its channel is left unsettled, to ask); in the thread's cloud, the one the comment settles, it is.
import { Channel, Cloud, QuestionId } from '../questions';
import { channelInCloud } from './channels';
import type { Understanding } from './result';

/** Reads again, in the thread's cloud, the one channel an older part left unsettled in another cloud. */
export function channelInCorrectedCloud(result: Understanding, readings: readonly Understanding[]): void {
  const cloud: Cloud | undefined = result.answers.cloud;
  if (cloud === undefined || !result.unsettled?.includes('channel')) return;
  const part = readings.find((r) => r.unsettled?.includes('channel'));
  const values = part?.unsettledChannels;
  if (part === undefined || values?.length !== 1 || part.answers.cloud === undefined || part.answers.cloud === cloud) return;
  const channel = channelInCloud(values[0] as Channel, cloud);
  if (channel === undefined) return;
  result.answers.channel = channel;
  const words = part.said?.channel?.[0];
  if (words !== undefined) result.evidence.channel = words;
  const open = (q: QuestionId): boolean => q !== 'channel';
  result.unsettled = result.unsettled.filter(open);
  if (result.unsettled.length === 0) delete result.unsettled;
  if (result.said !== undefined) delete result.said.channel;
}
