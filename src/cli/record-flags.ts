export async function runFlags(_argv: string[]): Promise<void> {
  console.error('not yet');
  process.exit(2);
}
