import { Redis } from 'ioredis';

/**
 * What the server instances publish on Redis, seen by Redis itself (MONITOR): used by the
 * fan-out tests ("nothing was sent") and `bench:collab` (bytes into Redis per update byte).
 */
export interface SeenPublish {
  channel: Buffer;
  message: Buffer;
}

/** The bytes Redis read for this PUBLISH (RESP, as ioredis sends it). */
export function publishBytes({ channel, message }: SeenPublish): number {
  const part = (n: number) => `$${n}\r\n`.length + n + 2;
  return '*3\r\n'.length + part(7) + part(channel.byteLength) + part(message.byteLength);
}

/** Reverses the quoting of Redis MONITOR lines (sdscatrepr): \xNN, \n, \", \\ … */
function unquote(text: string): Buffer {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, a: 7, '\\': 92, '"': 34 };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0));
    } else if (text[i + 1] === 'x') {
      bytes.push(parseInt(text.slice(i + 2, i + 4), 16));
      i += 3;
    } else {
      bytes.push(simple[text[i + 1]!] ?? text.charCodeAt(i + 1));
      i += 1;
    }
  }
  return Buffer.from(bytes);
}

/**
 * Watches Redis itself (MONITOR) for PUBLISH commands on channels starting with `prefix`:
 * what the server instances really sent, whoever sent it.
 */
export async function watchPublishes(
  url: string,
  prefix: string,
): Promise<{ seen: SeenPublish[]; mark: () => Promise<void>; stop: () => Promise<void> }> {
  const client = new Redis(url);
  const monitor = await client.monitor();
  const seen: SeenPublish[] = [];
  const markChannel = `${prefix}test-mark`;
  let marks = 0;
  monitor.on('monitor', (_time: string, args: string[]) => {
    if (args[0]?.toLowerCase() !== 'publish' || !args[1]?.startsWith(prefix)) return;
    if (args[1] === markChannel) {
      marks += 1;
      return;
    }
    seen.push({ channel: unquote(args[1]), message: unquote(args[2] ?? '') });
  });
  const publisher = new Redis(url);
  return {
    seen,
    /** Resolves once MONITOR has shown everything Redis executed before this call. */
    mark: async () => {
      const target = marks + 1;
      await publisher.publish(markChannel, 'mark');
      const deadline = Date.now() + 30_000;
      while (marks < target) {
        if (Date.now() > deadline) throw new Error('MONITOR never showed the mark');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: async () => {
      monitor.disconnect();
      client.disconnect();
      await publisher.quit();
    },
  };
}
