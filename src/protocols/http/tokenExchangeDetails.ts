// The failure details of an answer to Teams' single sign-on token exchange invoke
// (`signin/tokenExchange`): words for the channel's logs, never shown to the user (Teams shows
// the card's sign-in button instead), so they are the wire's, in English, like an HTTP error body.
export const TOKEN_EXCHANGE_FAILURE = {
  notOurs: "The token exchange request is not this bot's.",
  noSender: 'The sender has no usable id.',
} as const;
