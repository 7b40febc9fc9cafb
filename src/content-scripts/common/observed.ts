/**
 * What the content scripts watch for changes: added and removed nodes, edited text (the first
 * look's mention watch and the page app's session both observe the page with it).
 */
export const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
