// Reading a request body within limits: the size is checked from Content-Length before a single
// byte is read (a 100 MB body is refused at once, not after it arrived), a chunked body is cut off
// as soon as it passes the limit, and how long it may take is bounded by the server's
// requestTimeout (server.ts).
import type { IncomingMessage } from 'node:http';

export type BodyOutcome = { ok: true; text: string } | { ok: false; status: 400 | 411 | 413; message: string };

export const TOO_LARGE = 'Permintaan terlalu besar.';

export function readBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const declared = req.headers['content-length'];
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (declared === undefined && !chunked) {
    return Promise.resolve({ ok: false, status: 411, message: 'Permintaan wajib mencantumkan panjang isi (Content-Length).' });
  }
  if (declared !== undefined) {
    if (!/^\d{1,15}$/.test(declared)) return Promise.resolve({ ok: false, status: 400, message: 'Panjang isi (Content-Length) tidak sah.' });
    if (Number(declared) > limit) return Promise.resolve({ ok: false, status: 413, message: TOO_LARGE });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (outcome: BodyOutcome) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading: the answer goes out now and the connection is closed after it.
        req.pause();
        done({ ok: false, status: 413, message: TOO_LARGE });
      } else chunks.push(chunk);
    };
    const onEnd = () => done({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    const onError = () => done({ ok: false, status: 400, message: 'Isi permintaan terputus.' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
