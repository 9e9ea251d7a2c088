import { Bonjour, type Service } from 'bonjour-service';
import { z } from 'zod';

/** The DNS-SD service type Waymark hosts advertise: `_waymark._tcp`. */
export const SERVICE_TYPE = 'waymark';

/** A host found on the network, as the Join dialog lists it. */
export interface FoundHost {
  /** The host's display name (the sharing person's, or the server's). */
  readonly name: string;
  /** What it shares: a roadmap title, or "N roadmaps" for a team server. */
  readonly title: string;
  readonly host: string;
  readonly port: number;
}

// What a host puts in its TXT record. It comes from anyone on the LAN: bounded and checked.
const txtSchema = z.object({
  v: z.literal('1'),
  title: z.string().max(200),
});

/** The TXT record a host advertises. */
export function advertisedTxt(title: string): Record<string, string> {
  return { v: '1', title: title.slice(0, 200) };
}

/** A discovered service as a host to list, or null when it is not a well-formed Waymark host. */
export function foundHostOf(service: Pick<Service, 'name' | 'port' | 'addresses' | 'host' | 'txt'>): FoundHost | null {
  const txt = txtSchema.safeParse(service.txt ?? {});
  if (!txt.success) return null;
  if (!Number.isInteger(service.port) || service.port < 1 || service.port > 65_535) return null;
  // Prefer an IPv4 address: typing and sharing them is what people do; fall back to the host name.
  const address = service.addresses?.find((candidate) => /^\d{1,3}(\.\d{1,3}){3}$/.test(candidate)) ?? service.host;
  if (!address || address.length > 255) return null;
  return { name: service.name.slice(0, 100), title: txt.data.title, host: address, port: service.port };
}

/** Advertises a host on the LAN until the returned function is called. */
export function advertise(options: { name: string; port: number; title: string }): () => Promise<void> {
  const bonjour = new Bonjour();
  const service = bonjour.publish({
    name: options.name.slice(0, 60),
    type: SERVICE_TYPE,
    port: options.port,
    txt: advertisedTxt(options.title),
  });
  return () =>
    new Promise((resolve) => {
      service.stop?.(() => {
        bonjour.destroy();
        resolve();
      });
    });
}

/** Browses the LAN for hosts; `onChange` gets the current list on every change. Returns the stop function. */
export function browse(onChange: (hosts: FoundHost[]) => void): () => void {
  const bonjour = new Bonjour();
  const browser = bonjour.find({ type: SERVICE_TYPE });
  const report = () => onChange(browser.services.flatMap((service) => foundHostOf(service) ?? []).slice(0, 100));
  browser.on('up', report);
  browser.on('down', report);
  return () => {
    browser.stop();
    bonjour.destroy();
  };
}
