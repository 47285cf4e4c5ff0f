/**
 * Group commit for the jobs in hand: calls made in the same turn of the event loop, or while
 * the previous round is still running, are answered by one statement. A worker runs up to 50
 * jobs side by side; with this, reading their notifications, their readers, and marking them
 * sent or done costs a statement per round instead of one per job.
 *
 * `run` gets the distinct keys of a round and answers a map; a key it leaves out resolves to
 * `undefined`. If `run` throws, every call of that round rejects with its error (each caller
 * then handles it as it would its own statement's failure: retry, or fail the job).
 */
export function coalesce<K, V>(
  run: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): (key: K) => Promise<V | undefined> {
  type Waiter = {
    key: K;
    resolve: (value: V | undefined) => void;
    reject: (error: unknown) => void;
  };
  let waiting: Waiter[] = [];
  let busy = false;

  const drain = async () => {
    while (waiting.length) {
      const round = waiting;
      waiting = [];
      try {
        const answers = await run([...new Set(round.map((w) => w.key))]);
        for (const w of round) w.resolve(answers.get(w.key));
      } catch (error) {
        for (const w of round) w.reject(error);
      }
    }
    busy = false;
  };

  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      waiting.push({ key, resolve, reject });
      if (busy) return;
      busy = true;
      // The rest of this turn's callers join the first round.
      setImmediate(() => void drain());
    });
}
