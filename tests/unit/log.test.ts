import { afterEach, describe, expect, it, vi } from "vitest";
import { log, logUnexpected } from "@/lib/log";

describe("structured logs", () => {
  const lines: string[] = [];
  const capture = () =>
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  afterEach(() => {
    vi.restoreAllMocks();
    lines.length = 0;
  });

  it("writes one JSON object per line to stderr", () => {
    capture();
    log.info("database available again", { downMs: 1234 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      level: "info",
      msg: "database available again",
      downMs: 1234,
    });
  });

  it("logs an unexpected error with a fresh correlation id, its stack and its cause", () => {
    capture();
    const error = new Error("Failed query", {
      cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
    });
    const { correlationId } = logUnexpected("unexpected error in an action", error, {
      action: "project.postStatusUpdate",
    });
    expect(correlationId).toMatch(/^[0-9a-f]{12}$/);
    const line = JSON.parse(lines[0] ?? "");
    expect(line).toMatchObject({
      level: "error",
      correlationId,
      action: "project.postStatusUpdate",
      error: { name: "Error", message: "Failed query", cause: { code: "ECONNREFUSED" } },
    });
    expect(line.error.stack).toContain("Failed query");
  });

  it("keeps a given correlation id (Next's digest)", () => {
    capture();
    expect(logUnexpected("x", new Error("y"), { correlationId: "4242" }).correlationId).toBe(
      "4242",
    );
  });
});
