import { z } from 'zod';
import type { HostAddress } from '../../shared';

/** A roadmap a host offers for a join code. */
export interface OfferedRoadmap {
  readonly id: string;
  readonly title: string;
}

const answerSchema = z.object({
  roadmaps: z.array(z.object({ id: z.string().max(64), title: z.string().max(500) })).max(1000),
});

/**
 * Asks a host which roadmaps a join code opens. Throws an Error whose message is for the person joining
 * (wrong code, too many attempts, host unreachable, not a Waymark host).
 */
export async function lookUpRoadmaps(address: HostAddress, code: string): Promise<OfferedRoadmap[]> {
  let response: Response;
  try {
    response = await fetch(`${address.http}/roadmaps`, {
      headers: { authorization: `Bearer ${code.trim()}` },
      signal: AbortSignal.timeout(8000),
    });
  } catch {
    throw new Error(`No Waymark host answers at ${address.label}. Check the address and that the host is sharing.`);
  }
  if (response.status === 403) throw new Error('That join code is not right. Ask the host for the current code.');
  if (response.status === 429) throw new Error('Too many wrong codes from this device: wait a minute, then try again.');
  if (!response.ok) throw new Error(`The host at ${address.label} answered with an error (${response.status}).`);
  const parsed = answerSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new Error(`${address.label} is not a Waymark host.`);
  return parsed.data.roadmaps;
}

/**
 * Checks a sync server answers before a roadmap is linked to it: opens a WebSocket to it and closes it.
 * Throws an Error whose message is for the person sharing; an AbortError when `signal` aborts first.
 */
export function probeSyncServer(address: HostAddress, signal?: AbortSignal, timeoutMs = 6000): Promise<void> {
  return new Promise((resolve, reject) => {
    const unreachable = () =>
      new Error(`No sync server answers at ${address.label}. Check the address and that the server is running.`);
    if (signal?.aborted) {
      reject(new DOMException('The check was cancelled', 'AbortError'));
      return;
    }
    let socket: WebSocket;
    try {
      socket = new WebSocket(address.ws);
    } catch {
      reject(unreachable());
      return;
    }
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      socket.onopen = socket.onerror = null;
      socket.close();
      outcome();
    };
    const abort = () => settle(() => reject(new DOMException('The check was cancelled', 'AbortError')));
    const timer = setTimeout(() => settle(() => reject(unreachable())), timeoutMs);
    signal?.addEventListener('abort', abort);
    socket.onopen = () => settle(resolve);
    socket.onerror = () => settle(() => reject(unreachable()));
  });
}
