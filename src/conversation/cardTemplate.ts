// The engine the bot expands its Adaptive Card templates with: adaptivecards-templating, the
// package the templates in cards/ are written for. The side panel's browser bundle swaps this
// module for templateExpander.ts (scripts/lib/panelBundle.ts): the package's expression engine
// would weigh more than the rest of the page, and the expander is tested against the package.
import { Template as PackageTemplate } from 'adaptivecards-templating';

/** A card template, parsed once; expand() gives the card for one view's data. */
export class Template {
  private readonly template: PackageTemplate;

  constructor(payload: unknown) {
    this.template = new PackageTemplate(payload);
  }

  expand(context: { $root: unknown }): unknown {
    return this.template.expand(context) as unknown;
  }
}
