import { z } from 'zod';
import type { AppInfo } from '../preload-api';
import { defineHandler } from './define-handler';

/** Every IPC handler, by namespace: the single source of truth for what the renderer may ask of main. */
export const handlers = {
  app: {
    getInfo: defineHandler(z.tuple([]), (context): AppInfo => ({
      version: context.appVersion,
      platform: context.platform,
    })),
  },
};
