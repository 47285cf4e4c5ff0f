"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UploadResult } from "@/lib/documents/types";
import type { MessageRef } from "@/lib/errors";

export type UploadState = "waiting" | "uploading" | "done" | "cancelled" | "failed";

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  /** Bytes the browser has sent so far. */
  loaded: number;
  state: UploadState;
  error?: MessageRef;
  result?: UploadResult;
}

interface Options {
  /** Where a file is sent (the upload route, with its target and name in the address). */
  url: (file: File) => string;
  /** Called with each file stored. */
  onDone?: (result: UploadResult) => void;
  /** Called once every file of a batch has an outcome. */
  onSettled?: () => void;
  /** Files sent at the same time. */
  parallel?: number;
}

let counter = 0;

/**
 * Uploads files one request each (XMLHttpRequest: its upload events give a real progress bar,
 * and abort() cancels), a few at a time. The server streams each into storage.
 */
export function useUploads({ url, onDone, onSettled, parallel = 2 }: Options) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const files = useRef(new Map<string, File>());
  const requests = useRef(new Map<string, XMLHttpRequest>());
  const queue = useRef<string[]>([]);
  const options = useRef({ url, onDone, onSettled });
  options.current = { url, onDone, onSettled };

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const pump = useCallback(() => {
    while (requests.current.size < parallel && queue.current.length) {
      const key = queue.current.shift() as string;
      const file = files.current.get(key);
      if (!file) continue;
      const xhr = new XMLHttpRequest();
      requests.current.set(key, xhr);
      const finish = (change: Partial<UploadItem>) => {
        requests.current.delete(key);
        files.current.delete(key);
        update(key, change);
        pump();
        if (!requests.current.size && !queue.current.length) options.current.onSettled?.();
      };
      xhr.open("POST", options.current.url(file));
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.responseType = "json";
      xhr.upload.onprogress = (event) => update(key, { loaded: event.loaded });
      xhr.onload = () => {
        const body = xhr.response as {
          status?: string;
          data?: UploadResult;
          message?: MessageRef;
        } | null;
        if (xhr.status === 201 && body?.data) {
          options.current.onDone?.(body.data);
          finish({ state: "done", loaded: file.size, result: body.data });
        } else
          finish({
            state: "failed",
            error: body?.message ?? { key: "errors.internal", values: { reference: "–" } },
          });
      };
      xhr.onerror = () => finish({ state: "failed", error: { key: "documents.errors.network" } });
      xhr.onabort = () => finish({ state: "cancelled" });
      update(key, { state: "uploading" });
      xhr.send(file);
    }
  }, [parallel, update]);

  const add = useCallback(
    (picked: File[]) => {
      const added = picked.map((file) => {
        const key = `u${++counter}`;
        files.current.set(key, file);
        queue.current.push(key);
        return { key, name: file.name, size: file.size, loaded: 0, state: "waiting" as const };
      });
      setItems((list) => [...list, ...added]);
      // After React has the new rows: the first progress events update them.
      queueMicrotask(pump);
    },
    [pump],
  );

  const cancel = useCallback(
    (key: string) => {
      const running = requests.current.get(key);
      if (running) {
        running.abort();
        return;
      }
      queue.current = queue.current.filter((k) => k !== key);
      files.current.delete(key);
      update(key, { state: "cancelled" });
    },
    [update],
  );

  const remove = useCallback((key: string) => {
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  /** Forgets every file, cancelling what is still being sent. */
  const reset = useCallback(() => {
    for (const xhr of requests.current.values()) xhr.abort();
    queue.current = [];
    files.current.clear();
    setItems([]);
  }, []);

  const clear = useCallback(() => {
    setItems((list) =>
      list.filter((item) => item.state === "uploading" || item.state === "waiting"),
    );
  }, []);

  // Leaving the page cancels what is still being sent.
  useEffect(() => {
    const running = requests.current;
    return () => {
      for (const xhr of running.values()) xhr.abort();
    };
  }, []);

  const busy = items.some((item) => item.state === "uploading" || item.state === "waiting");
  return { items, add, cancel, remove, clear, reset, busy };
}
