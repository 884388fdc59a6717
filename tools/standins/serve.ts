// The development entry point of the Partner Center actions' demonstration (`npm run start:demo`):
// the bot as `npm start` serves it, with PARTNER_ACTIONS_DEMO on and the local stand-ins handed
// in, so that src/ never names tools/ and a production build (which has no tools/) cannot start them.
// The stand-ins sign Partner Center's events with a test authority only this entry point trusts.
import { run } from '../../src/index';
import { SAMPLE_NOTE, startStandins } from './demo';
import { demoEventTrust } from './eventSigning';

process.env.PARTNER_ACTIONS_DEMO ??= 'true';
run({ startStandins: () => startStandins({ announce: true }), eventTrust: demoEventTrust() });
// One plain line beside the JSON log (on stderr, so a log collector reading stdout is not disturbed).
process.stderr.write(`Partner Center actions demonstration. ${SAMPLE_NOTE}\n`);
