import { findMentions, mayMention } from '../../src/engine/mentions';
import { send } from '../../src/messages/send';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main() {
    const text = document.body?.textContent ?? '';
    if (!mayMention(text)) return;
    await send({ type: 'page-status', claimCount: findMentions(text).length, worst: null });
  },
});
