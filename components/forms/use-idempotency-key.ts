"use client";

import { useEffect, useState } from "react";

/** 128 random bits as hex; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The idempotency key of a form's current attempt: one per attempt, new after each answer (the
 * form's `key` changes then). Sending again after a lost answer — the network failed, the user
 * presses the button once more — sends the same key, so the server gives the first answer and
 * writes nothing twice (lib/actions/idempotency.ts). Made in the browser after it mounts (a key
 * rendered on the server would differ from the browser's); a form sent before that has none.
 */
export function useIdempotencyKey(attempt: string): string | null {
  const [key, setKey] = useState<{ attempt: string; value: string } | null>(null);
  useEffect(() => {
    setKey((current) => (current?.attempt === attempt ? current : { attempt, value: newKey() }));
  }, [attempt]);
  return key?.attempt === attempt ? key.value : null;
}
