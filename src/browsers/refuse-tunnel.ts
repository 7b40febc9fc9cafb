import type { IncomingMessage, Server } from 'node:http';

/**
 * Answers every HTTPS tunnel (CONNECT) a browser asks `proxy` for with a 502, telling `onTunnel` of
 * each first. Node hands a CONNECT socket over without the error listener its other sockets have,
 * and browsers reset refused tunnels when they give up or exit: without a listener here, that reset
 * is an unhandled `read ECONNRESET` that fails whichever test file happens to be running.
 */
export function refuseTunnels(proxy: Server, onTunnel?: (request: IncomingMessage) => void): void {
  proxy.on('connect', (request, socket) => {
    onTunnel?.(request);
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
}
