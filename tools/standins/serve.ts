// The development entry point of the Partner Center actions' demonstration (`npm run start:demo`):
// the bot as `npm start` serves it, with PARTNER_ACTIONS_DEMO on and the local stand-ins handed
// in, so that src/ never names tools/ and a production build (which has no tools/) cannot start them.
// The stand-ins sign Partner Center's events with a test authority only this entry point trusts.
// They start before the bot, so its page can show their sample values and the terminal their addresses.
import { run } from '../../src/index';
import { demoAddresses, demoSample, SAMPLE_NOTE, startStandins } from './demo';
import { demoEventTrust } from './eventSigning';

/** The lines a person reads on start-up (stderr: a log collector reading stdout is not disturbed). */
export const DEMO_HEADING = 'Partner Center actions demonstration: local stand-ins, made-up data. Where everything is:';

async function serve(): Promise<void> {
  process.env.PARTNER_ACTIONS_DEMO ??= 'true';
  // The demonstration shows assign on approval (a deployment turns it on itself).
  process.env.ASSIGN_ON_APPROVAL ??= 'true';
  const standins = await startStandins();
  const botUrl = await run({ startStandins: async () => standins, eventTrust: demoEventTrust(), demoSample: demoSample(standins) });
  // The events go to this bot from the start (the app would name its route only at its first use of the stand-ins).
  standins.eventsTo ??= `${botUrl}/api/partnercenter/events`;
  process.stderr.write(`${DEMO_HEADING}\n${demoAddresses(botUrl, standins)}\n${SAMPLE_NOTE}\n`);
}

const USAGE = [
  'Usage: npm run start:demo',
  'Serves the bot as npm start does, with the Partner Center actions against local stand-ins of Partner Center,',
  'Microsoft Graph and the token services (made-up customers, no Azure), and prints where each one is.',
  'Assign on approval is on (ASSIGN_ON_APPROVAL=true unless set otherwise).',
  'It takes no arguments; settings as for npm start (PORT, ...). docs/actions.md, "Try it without Azure", walks through it.',
].join('\n');

if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) process.stdout.write(`${USAGE}\n`);
else
  void serve().catch((error: unknown) => {
    process.stderr.write(`Could not start the demonstration's stand-ins: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
