// `npm run record`: validates data/ and builds what the extension bundles (build-record.ts);
// `npm run record -- draft ARTICLE.txt ...` drafts a source for review (record-draft.ts);
// `npm run record -- flags FLAGS.jsonl` sorts readers' flags for the maintainer (record-flags.ts).
const [command, ...args] = process.argv.slice(2);
if (command === 'draft') await (await import('./record-draft')).runDraft(args);
else if (command === 'flags') await (await import('./record-flags')).runFlags(args);
else if (command === 'draft-measure') await (await import('./record-draft-measure')).runDraftMeasure();
else if (command === undefined) await import('./build-record');
else {
  console.error(
    `Unknown command "${command}". Use: npm run record [-- draft ARTICLE.txt ... | flags FLAGS.jsonl]`,
  );
  process.exit(2);
}
