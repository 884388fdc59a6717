// The options a reference picked from a list (listedOptions.ts): shared with the reading of options
// joined by "or" (structure.ts), for which no "or" among them leaves them open again.
import type { StructuredMention } from './structure';

export const pickedFromList = new WeakSet<StructuredMention>();
