// Contender 2, a naive scan for reference: a TreeWalker over every text node, testing each one.
// '__TRIGGER__' is replaced at build time.
const TRIGGER = /__TRIGGER__/iu;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
if (document.body) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (SKIPPED.has(node.parentNode.nodeName)) return NodeFilter.FILTER_REJECT;
      return TRIGGER.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  // Counting is all it does with a match: the cost measured is the walk and the tests.
  let found = 0;
  while (walker.nextNode()) found++;
  globalThis.benchNaiveFound = found;
}
