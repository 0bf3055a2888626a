import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from './webhook-target.js';

/** What one attempt came to. */
export interface AttemptOutcome {
  statusCode: number | null;
  ok: boolean;
  /** The error, or the start of a non-2xx body; null on success. */
  error: string | null;
  durationMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

const EXCERPT = 500;

/**
 * POSTs a JSON body once. The host is resolved through a lookup that refuses private
 * addresses (so a name that resolved to a public address when the endpoint was saved
 * cannot be re-pointed at the internal network later); redirects are not followed.
 */
export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: SendOptions,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (outcome: Omit<AttemptOutcome, 'durationMs'>): AttemptOutcome => ({
    ...outcome,
    durationMs: Math.max(0, Math.round(performance.now() - started)),
  });
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return done({ statusCode: null, ok: false, error: 'The URL is not valid.' });
  }
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(literal) && isPrivateAddress(literal)) {
    return done({ statusCode: null, ok: false, error: 'Refused: a private or local address.' });
  }
  try {
    const response = await send(url, headers, body, options);
    const excerpt = await readExcerpt(response);
    const statusCode = response.statusCode ?? null;
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    return done({
      statusCode,
      ok,
      error: ok
        ? null
        : `HTTP ${statusCode ?? '?'}${excerpt ? `: ${excerpt}` : ''}`.slice(0, EXCERPT),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return done({ statusCode: null, ok: false, error: message.slice(0, EXCERPT) });
  }
}

function send(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: SendOptions,
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      resolve,
    );
    outgoing.on('error', (error: Error) =>
      reject(
        error.name === 'AbortError' ? new Error(`No answer within ${options.timeoutMs} ms`) : error,
      ),
    );
    outgoing.end(body);
  });
}

function readExcerpt(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (text.length >= EXCERPT) response.destroy();
    });
    response.on('close', () => resolve(text.slice(0, EXCERPT).trim()));
    response.on('error', () => resolve(text.slice(0, EXCERPT).trim()));
  });
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that fails for private addresses (every address when asked for all). */
function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) {
      return callback(
        Object.assign(new Error(`Refused: ${hostname} resolves to a private address`), {
          code: 'EPRIVATEADDRESS',
        }),
        [],
      );
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
