// Background work after unlock (warm-up, search index) runs in small steps; between two steps it
// waits for a task of background priority, so a screen render or a keystroke that comes in meanwhile
// runs first instead of taking turns with it.

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/** Resolves in a later task, after any waiting user-visible work (Chromium's scheduler.postTask). */
export function nextBackgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
