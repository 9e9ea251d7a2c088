/**
 * Waits until `check` holds: it returns without throwing and not `false` (a boolean condition, or an
 * `expect` that passes). Polls, so a slow machine only waits longer; after `timeoutMs` it fails with the
 * check's last error, or with what it waited for. The one waiting helper of the sync and browser tests.
 */
export async function eventually(
  check: () => boolean | void | Promise<boolean | void>,
  what = 'condition',
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure: unknown;
    try {
      if ((await check()) !== false) return;
      failure = new Error(`Timed out waiting for ${what}`);
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) throw failure;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
