import { describe, expect, it } from "vitest";
import { coalesce } from "@/lib/jobs/coalesce";

describe("coalesce (the worker's shared rounds)", () => {
  it("answers the calls of one turn with one run, each with its own key's value", async () => {
    const runs: number[][] = [];
    const square = coalesce(async (keys: readonly number[]) => {
      runs.push([...keys]);
      return new Map(keys.map((k) => [k, k * k]));
    });
    const answers = await Promise.all([3, 4, 3, 5].map(square));
    expect(answers).toEqual([9, 16, 9, 25]);
    expect(runs).toEqual([[3, 4, 5]]);
  });

  it("gathers the calls made while a round runs into the next round", async () => {
    const runs: string[][] = [];
    let release: () => void = () => {};
    const upper = coalesce(async (keys: readonly string[]) => {
      runs.push([...keys]);
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    });
    const first = upper("a");
    await new Promise((resolve) => setImmediate(resolve));
    const later = [upper("b"), upper("c")];
    release();
    expect(await Promise.all([first, ...later])).toEqual(["A", "B", "C"]);
    expect(runs).toEqual([["a"], ["b", "c"]]);
  });

  it("answers undefined for a key the run left out", async () => {
    const only = coalesce(async () => new Map([["known", 1]]));
    expect(await Promise.all([only("known"), only("unknown")])).toEqual([1, undefined]);
  });

  it("rejects every call of a failed round, and the next round runs again", async () => {
    let fail = true;
    const flaky = coalesce(async (keys: readonly string[]) => {
      if (fail) throw new Error("database away");
      return new Map(keys.map((k) => [k, k.length]));
    });
    const failed = await Promise.allSettled([flaky("ab"), flaky("abc")]);
    expect(failed.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await flaky("abcd")).toBe(4);
  });
});
