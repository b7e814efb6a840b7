import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeSms = { sid: string; to: string; from: string; body: string; idempotencyKey: string; statusCallback: string | null };

/**
 * A local stand-in for Twilio's Messages API (POST /2010-04-01/Accounts/{sid}/Messages.json,
 * form body, basic auth), so the real `twilio` package is exercised over HTTP. Like Twilio's
 * idempotency token, a repeated key returns the first message instead of sending another.
 */
export async function startFakeTwilio(options: { accountSid: string; authToken: string }) {
  const phone: FakeSms[] = [];
  const byKey = new Map<string, FakeSms>();
  let requests = 0;
  let failuresLeft = 0;
  let failStatus = 500;
  let onRequest: ((count: number) => Promise<'drop' | void> | 'drop' | void) | undefined;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', async () => {
      const count = ++requests;
      const reply = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const expectedAuth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
      if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${options.accountSid}/Messages.json`) return reply(404, { code: 20404, message: 'Not found', status: 404 });
      if (req.headers.authorization !== expectedAuth) return reply(401, { code: 20003, message: 'Authenticate', status: 401 });
      // 'drop' cuts the connection unanswered, as a network failure before Twilio saw the message would.
      if ((await onRequest?.(count)) === 'drop') return void res.destroy();
      if (failuresLeft > 0) {
        failuresLeft--;
        return reply(failStatus, { code: failStatus === 400 ? 21211 : 20500, message: failStatus === 400 ? "The 'To' number is not a valid phone number." : 'Internal error', status: failStatus });
      }
      const form = new URLSearchParams(raw);
      const key = String(req.headers['i-twilio-idempotency-token'] ?? '');
      let message = key ? byKey.get(key) : undefined;
      if (!message) {
        message = { sid: `SM${String(phone.length + 1).padStart(32, '0')}`, to: form.get('To') ?? '', from: form.get('From') ?? '', body: form.get('Body') ?? '', idempotencyKey: key, statusCallback: form.get('StatusCallback') };
        phone.push(message);
        if (key) byKey.set(key, message);
      }
      reply(201, { sid: message.sid, account_sid: options.accountSid, to: message.to, from: message.from, body: message.body, status: 'queued', num_segments: '1' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    /** Messages that reached the customer's phone, once each. */
    phone,
    requests: () => requests,
    failNext(count: number, status = 500) {
      failuresLeft = count;
      failStatus = status;
    },
    /** Runs before each request is answered: to hold it, to kill the caller mid-request, or to drop it. */
    setOnRequest(hook: typeof onRequest) {
      onRequest = hook;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
