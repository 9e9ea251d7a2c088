/**
 * The message main meant for the person: Electron prefixes an IPC handler's error with the channel
 * ("Error invoking remote method 'files:savePdf': Error: …"), which is noise in a dialog.
 */
export function ipcErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:Error: )?/, '');
}
