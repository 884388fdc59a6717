import { threadOf } from '../../src/domain/understanding/thread';

/** The parts of a message, newest first, its subject last: how the tests look at a split thread. */
export function threadParts(text: string): string[] {
  const { parts, subject } = threadOf(text);
  return subject !== undefined ? [...parts, subject] : parts;
}
