// Channel names only (no zod), so the sandboxed preload stays tiny.
export const INVOKE_CHANNELS = [
  'app:getInfo',
  'app:setLanguage',
  'file:save',
  'file:open',
  'file:printToPdf',
  'system:notify',
  'backup:chooseFolder',
  'backup:write',
  'backup:status',
  'shortcut:get',
  'shortcut:set',
  'sync:request',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const EVENT_CHANNELS = ['vault:lock', 'app:command'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];
