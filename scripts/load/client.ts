/** One simulated user: their own cookie jar (session), language and keep-alive fetch. */
import { randomUUID } from "node:crypto";

export type Kind = "dashboard" | "projects" | "project" | "my" | "update";

export interface Sample {
  kind: Kind;
  /** ms since the run started. */
  start: number;
  end: number;
  /** HTTP status, or 0 when no answer came (refused connection, reset, timeout). */
  status: number;
  /** A 503 page whose text was not the translated "temporarily unavailable" page. */
  badOutagePage?: boolean;
  /** The page answered by sending the browser to the same address again (an outage noticed). */
  askedAgain?: boolean;
  error?: string;
  /** Behind nginx: the app server that answered (the load run's nginx names it). */
  upstream?: string;
}

/** The header the load run's nginx adds: which app server answered. */
export const UPSTREAM_HEADER = "x-workplan-upstream";

const upstreamOf = (response: Response) => response.headers.get(UPSTREAM_HEADER) ?? undefined;

export interface UpdateOutcome {
  code: string;
  note: string;
  /** "accepted": 2xx with an update id; "refused": 409; "failed": anything else. */
  outcome: "accepted" | "refused" | "failed";
  status: number;
  updateId?: string;
  version?: number;
  /** Sent again (same Idempotency-Key) after a lost or failed answer, this many times. */
  resent?: number;
  /** The answer was the first one's, given again: the first attempt had been committed. */
  replayed?: boolean;
}

const TIMEOUT_MS = 30_000;
/** After a failed answer, an update is sent again with its key, waiting this long first. */
const RESEND_AFTER_MS = [500, 1000, 2000, 4000];

export class LoadClient {
  private readonly jar = new Map<string, string>();
  /** Behind nginx: answers with 2xx per app server, the session being the same cookie. */
  readonly servedBy = new Map<string, number>();

  constructor(
    readonly base: string,
    readonly email: string,
    readonly locale: string,
    private readonly outageTitle: string,
    private readonly clock: () => number,
  ) {}

  private cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private served(response: Response) {
    const upstream = upstreamOf(response);
    if (upstream && response.ok)
      this.servedBy.set(upstream, (this.servedBy.get(upstream) ?? 0) + 1);
  }

  /**
   * One sign-in attempt against `base` (an app server directly, or nginx): where Auth.js sends
   * the browser afterwards (`code=throttled` when the throttle refused it).
   */
  async attemptSignIn(base: string, password: string): Promise<string> {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: this.headers() });
    this.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: this.headers({ "content-type": "application/x-www-form-urlencoded" }),
      body: new URLSearchParams({ csrfToken, email: this.email, password }),
    });
    this.take(login);
    await login.arrayBuffer();
    return login.headers.get("location") ?? "";
  }

  /** GET an address as this user, on whatever server `base` is (for the cluster's checks). */
  async fetchAs(url: string): Promise<{ status: number; body: string }> {
    const response = await fetch(url, { redirect: "manual", headers: this.headers() });
    return { status: response.status, body: await response.text() };
  }

  /** POST a status update to `base` (an app server directly), answering with its JSON. */
  async postUpdateTo(base: string, code: string, body: Record<string, unknown>) {
    const response = await fetch(
      `${base}/api/g/regional-cooperation/projects/${encodeURIComponent(code)}/status-updates`,
      {
        method: "POST",
        headers: this.headers({ "content-type": "application/json", origin: base }),
        body: JSON.stringify(body),
      },
    );
    return { status: response.status, json: safeJson(await response.text()) as unknown };
  }

  private take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const [name = "", ...value] = pair.split("=");
      this.jar.set(name, value.join("="));
    }
  }

  private headers(extra: Record<string, string> = {}) {
    return { cookie: this.cookie(), "accept-language": this.locale, ...extra };
  }

  /** Auth.js credentials sign-in over HTTP: the CSRF token, then the callback. */
  async signIn(password: string): Promise<void> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`, { headers: this.headers() });
    this.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: this.headers({ "content-type": "application/x-www-form-urlencoded" }),
      body: new URLSearchParams({ csrfToken, email: this.email, password }),
    });
    this.take(login);
    await login.arrayBuffer();
    if (![...this.jar.keys()].some((k) => k.includes("session-token"))) {
      throw new Error(`sign-in failed for ${this.email} (HTTP ${login.status})`);
    }
  }

  /** GET a page; a redirect to the same address is followed once (and marked). */
  async page(kind: Kind, path: string): Promise<{ sample: Sample; body: string }> {
    const start = this.clock();
    try {
      let response = await this.fetchPage(path);
      let askedAgain = false;
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        const target = new URL(location, this.base);
        if (`${target.pathname}${target.search}` === path) {
          await response.arrayBuffer();
          askedAgain = true;
          response = await this.fetchPage(path);
        }
      }
      const body = await response.text();
      this.served(response);
      const sample: Sample = {
        kind,
        start,
        end: this.clock(),
        status: response.status,
        upstream: upstreamOf(response),
      };
      if (askedAgain) sample.askedAgain = true;
      if (response.status === 503 && !body.includes(this.outageTitle)) sample.badOutagePage = true;
      return { sample, body };
    } catch (error) {
      return { sample: failed(kind, start, this.clock(), error), body: "" };
    }
  }

  private async fetchPage(path: string) {
    const response = await fetch(`${this.base}${path}`, {
      redirect: "manual",
      headers: this.headers(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    this.take(response);
    return response;
  }

  /** POST a status update through the JSON route (the same guarded action as the form). */
  /**
   * Posts a status update with an Idempotency-Key; when the answer is lost or a failure
   * (no answer, 5xx), sends the same request with the same key again, a few times: a write
   * that was committed answers with its first result (Idempotent-Replayed), never twice.
   */
  async postUpdate(
    code: string,
    body: Record<string, unknown> & { note: string },
  ): Promise<{ sample: Sample; outcome: UpdateOutcome; currentVersion?: number }> {
    const key = randomUUID();
    let answer = await this.postUpdateOnce(code, body, key);
    let resent = 0;
    for (const wait of RESEND_AFTER_MS) {
      const { status } = answer.outcome;
      if (status !== 0 && status < 500) break;
      await new Promise((r) => setTimeout(r, wait));
      answer = await this.postUpdateOnce(code, body, key);
      resent += 1;
    }
    if (resent) answer.outcome.resent = resent;
    return answer;
  }

  private async postUpdateOnce(
    code: string,
    body: Record<string, unknown> & { note: string },
    idempotencyKey: string,
  ): Promise<{ sample: Sample; outcome: UpdateOutcome; currentVersion?: number }> {
    const start = this.clock();
    try {
      const response = await fetch(
        `${this.base}/api/g/regional-cooperation/projects/${encodeURIComponent(code)}/status-updates`,
        {
          method: "POST",
          redirect: "manual",
          headers: this.headers({
            "content-type": "application/json",
            "idempotency-key": idempotencyKey,
          }),
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
      );
      const text = await response.text();
      this.served(response);
      const sample: Sample = {
        kind: "update",
        start,
        end: this.clock(),
        status: response.status,
        upstream: upstreamOf(response),
      };
      const json = safeJson(text) as {
        status?: string;
        data?: { updateId?: string; version?: number; currentVersion?: number };
      } | null;
      if (response.ok && json?.status === "success" && json.data?.updateId) {
        return {
          sample,
          outcome: {
            code,
            note: body.note,
            outcome: "accepted",
            status: response.status,
            updateId: json.data.updateId,
            version: json.data.version,
            ...(response.headers.get("idempotent-replayed") === "true" ? { replayed: true } : {}),
          },
        };
      }
      return {
        sample,
        outcome: {
          code,
          note: body.note,
          outcome: response.status === 409 ? "refused" : "failed",
          status: response.status,
        },
        currentVersion: json?.data?.currentVersion,
      };
    } catch (error) {
      return {
        sample: failed("update", start, this.clock(), error),
        outcome: { code, note: body.note, outcome: "failed", status: 0 },
      };
    }
  }
}

function failed(kind: Kind, start: number, end: number, error: unknown): Sample {
  const cause = (error as { cause?: { code?: string } }).cause;
  const name = error instanceof Error ? error.name : "Error";
  return { kind, start, end, status: 0, error: cause?.code ?? name };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
