/**
 * How a joined app retries its host: quickly at first, then backing off to a few seconds, forever (a host
 * that comes back is found within seconds; a host that is gone costs one attempt every 5 s), with jitter
 * so peers do not stampede a restarted host.
 */
export const RECONNECT_BACKOFF = {
  delay: 300,
  initialDelay: 0,
  factor: 1.6,
  minDelay: 300,
  maxDelay: 5000,
  maxAttempts: 0,
  jitter: true,
} as const;
