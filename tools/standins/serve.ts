// The development entry point of the Partner Center actions' demonstration (`npm run start:demo`):
// the bot as `npm start` serves it, with PARTNER_ACTIONS_DEMO on and the local stand-ins handed
// in, so that src/ never names tools/ and a production build (which has no tools/) cannot start them.
import { run } from '../../src/index';
import { SAMPLE_NOTE, startStandins } from './demo';

process.env.PARTNER_ACTIONS_DEMO ??= 'true';
run({ startStandins });
// One plain line beside the JSON log (on stderr, so a log collector reading stdout is not disturbed).
process.stderr.write(`Partner Center actions demonstration. ${SAMPLE_NOTE}\n`);
