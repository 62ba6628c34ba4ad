// Background work after unlock (warm-up, search index) runs in small steps; between two steps it
// waits for a task of background priority, so a screen render or a keystroke that comes in meanwhile
// runs first instead of taking turns with it.

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' | 'user-visible' }): Promise<void>;
}

/** Resolves in a later task, after any waiting user-visible work (Chromium's scheduler.postTask). */
export function nextBackgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in the next task, at the priority of work the user waits for (a search they typed):
 * input and rendering that came in meanwhile run first. No setTimeout: nested, it waits 4 ms.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
