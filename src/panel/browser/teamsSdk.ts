// What the page uses of the Teams JavaScript library, loaded only once the page may be in Teams.
// Imported by name here rather than as the library's whole namespace: a dynamic import of the
// package itself keeps every one of its exports in the bundle (the namespace object is used),
// about half of the library's weight.
export { app, authentication } from '@microsoft/teams-js';
