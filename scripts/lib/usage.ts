// `--help` (or `-h`) for the project's commands: the usage on stdout and exit 0, before the
// command reads anything else or does any work (no option parser says "--help needs a value").

/** Whether the arguments ask for help. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** Prints `usage` and exits 0 when the arguments ask for help; otherwise returns. */
export function usageIfAsked(usage: string, args: readonly string[] = process.argv.slice(2)): void {
  if (!asksForHelp(args)) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}
