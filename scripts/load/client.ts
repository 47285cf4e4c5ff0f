/** One simulated user: their own cookie jar (session), language and keep-alive fetch. */

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
}

export interface UpdateOutcome {
  code: string;
  note: string;
  /** "accepted": 2xx with an update id; "refused": 409; "failed": anything else. */
  outcome: "accepted" | "refused" | "failed";
  status: number;
  updateId?: string;
  version?: number;
}

const TIMEOUT_MS = 30_000;

export class LoadClient {
  private readonly jar = new Map<string, string>();

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
      const sample: Sample = { kind, start, end: this.clock(), status: response.status };
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
  async postUpdate(
    code: string,
    body: Record<string, unknown> & { note: string },
  ): Promise<{ sample: Sample; outcome: UpdateOutcome; currentVersion?: number }> {
    const start = this.clock();
    try {
      const response = await fetch(
        `${this.base}/api/g/regional-cooperation/projects/${encodeURIComponent(code)}/status-updates`,
        {
          method: "POST",
          redirect: "manual",
          headers: this.headers({ "content-type": "application/json" }),
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
      );
      const text = await response.text();
      const sample: Sample = { kind: "update", start, end: this.clock(), status: response.status };
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
