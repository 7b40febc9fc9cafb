// A reader that has seen enough (`npm run scan -- --json | head`) closes the pipe, and the next write
// to stdout fails with EPIPE. That is the reader's choice, not a failure: end quietly, with whatever
// exit code the program had reached, instead of an unhandled 'error' event and its stack trace.
export function endQuietlyWhenStdoutCloses(stdout: NodeJS.WriteStream = process.stdout): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
