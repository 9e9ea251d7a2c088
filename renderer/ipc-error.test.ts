import { describe, expect, it } from 'vitest';
import { ipcErrorMessage } from './ipc-error';

describe('ipcErrorMessage', () => {
  it("keeps what main said, without Electron's channel prefix", () => {
    const fromMain = new Error(
      "Error invoking remote method 'files:savePdf': Error: plan.waymark is a Waymark roadmap file: choose another name for the PDF.",
    );
    expect(ipcErrorMessage(fromMain)).toBe('plan.waymark is a Waymark roadmap file: choose another name for the PDF.');
    expect(ipcErrorMessage(new Error('Plain'))).toBe('Plain');
  });
});
