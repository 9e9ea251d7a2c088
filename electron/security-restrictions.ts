import { app, shell } from 'electron';
import { restrictContents } from './contents-restrictions';

// Imported first by main.ts, so these rules are in place before any window or session exists.
// The decisions are pure functions in security.ts, and their wiring is contents-restrictions.ts (both
// tested without Electron); this file only hands them Electron's objects.

// Forces the sandbox on every renderer, even one created without our webPreferences.
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => restrictContents(contents, (url) => shell.openExternal(url)));
