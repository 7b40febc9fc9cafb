import type { Server } from 'node:http';

export interface LoopbackServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts `server` on a free port of 127.0.0.1: the one interface every local server of the project
 * (the demo, the tests' pages and proxies, the bench's pages) listens on, so none is reachable from
 * another machine. Closing also ends kept-alive connections, so it never waits on a browser.
 */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
