// Contender 1, the floor: one regular-expression test over the page's text and nothing else, the
// least work that can tell a page has nothing to find. '__TRIGGER__' is replaced at build time.
const TRIGGER = /__TRIGGER__/iu;
TRIGGER.test(document.body ? document.body.textContent : '');
