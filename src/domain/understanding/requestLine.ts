// A request pasted from a tool's output ("GET https://graph.microsoft.com/v1.0/subscribedSkus",
// "POST /v1.0/users") names the address a listing came from, not where the customer bought: the
// host's "microsoft" is no seller. The address after an HTTP method is blanked, with as many
// spaces, so the text keeps its length and every word its place.

const REQUEST = /(?<![\p{L}\p{N}])(?:GET|POST|PATCH|PUT|DELETE)[ \t]+((?:https?:\/\/|\/)[^\s,;]+)/gu;

/** The text with the address of each pasted HTTP request blanked. */
export function withoutRequestAddresses(text: string): string {
  return text.includes('/')
    ? text.replace(REQUEST, (all: string, address: string) => all.slice(0, all.length - address.length) + ' '.repeat(address.length))
    : text;
}
