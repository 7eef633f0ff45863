/**
 * The next step of a start-up, given what has started so far: if the step fails, what had started
 * is closed before the error goes on, so a failed beforeAll leaves no Chromium or server behind to
 * hold a port the next file needs.
 */
export async function closeOnFailure<Started extends { close(): Promise<unknown> }, Result>(
  started: Started,
  next: (started: Started) => Promise<Result>,
): Promise<Result> {
  try {
    return await next(started);
  } catch (error) {
    await started.close().catch(() => undefined);
    throw error;
  }
}
