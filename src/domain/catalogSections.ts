// The sections of a language's texts read in every language, whatever the conversation's own: a
// command, a greeting, a yes, a language's name on the language picker (textCatalog.ts,
// ReadingCatalog). A module of its own, importing nothing, so both tables of texts can read it.
export const READING_SECTIONS = ['commands', 'greeting', 'question', 'language', 'myCases', 'teamCases', 'actions'] as const;
