// The engine the bot expands its Adaptive Card templates with: adaptivecards-templating, the
// package the templates in cards/ are written for. The side panel's browser bundle swaps this
// module for templateExpander.ts (scripts/lib/panelBundle.ts): the package's expression engine
// would weigh more than the rest of the page, and the expander is tested against the package.
//
// Loading the engine (adaptive-expressions) takes longer than the rest of the start-up together
// (bench/README.md, "Kept packages"): it is loaded at the first render, or by warm() once the
// server listens, so being ready to serve does not wait for it.
import type * as Templating from 'adaptivecards-templating';

// Node's require, named here because the conversation layer is also type-checked for the browser
// (src/panel/browser), where this module is swapped out before it could run.
declare const require: (id: 'adaptivecards-templating') => unknown;

let engine: typeof Templating | undefined;
const loadEngine = (): typeof Templating => (engine ??= require('adaptivecards-templating') as typeof Templating);

/** A card template, parsed on first use; expand() gives the card for one view's data. */
export class Template {
  private template: Templating.Template | undefined;

  constructor(private readonly payload: unknown) {}

  /** Loads the engine and parses the template now, ahead of the first render that needs it. */
  warm(): void {
    this.template ??= new (loadEngine().Template)(this.payload);
  }

  expand(context: { $root: unknown }): unknown {
    this.warm();
    return this.template!.expand(context) as unknown;
  }
}
