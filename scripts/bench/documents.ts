/**
 * The documents' benchmark (issue 15), on PostgreSQL and PGlite:
 *
 * - upload and download of a 50 MB file through the upload and download routes
 *   (lib/documents/handlers.ts: the request body streamed in 64 KiB pieces as a browser sends
 *   it, the download read to the end), in this process on its own database connection —
 *   throughput, and the process's peak resident memory above its idle size (sampled every 10 ms);
 * - the project page's p50/p95 without documents and with 20, through a running server
 *   (`next start` of an existing build, one signed-in client), the 20 added over HTTP.
 *
 * The transfers run twice: in this process, straight into the route handlers (the route's own
 * cost, on its own connection), and through `next start` (the upload routes are outside
 * proxy.ts's matcher, so their bodies stream to the route whole), with the server process
 * tree's resident size sampled — the issue's "server's peak memory growth".
 *
 *   tsx --expose-gc --import ./scripts/bench/server-only.mjs scripts/bench/documents.ts
 *       [--pglite | --postgres] [--rounds=3] [--requests=60] [--dist=.next] [--no-server]
 *
 * It builds nothing: the page part starts the build in --dist (default .next). Its databases
 * are its own: `workplan_documents_bench` on BENCH_ADMIN_URL's server, and the folder
 * .data/bench-documents-pglite, made afresh (migrated, demo seeded) each run. Results go to
 * bench-results/documents-<date>.json.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet, request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { and, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import sharp from "sharp";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { documentFile, uploadDocumentRoute } from "@/lib/documents/handlers";
import { bigPdf, makePdf, sha256, streamed } from "../../tests/support/documents";
import { percentile, runLoad } from "./load";
import { signIn, startServer } from "./server";

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const rounds = Number(arg("rounds") ?? 3);
const requests = Number(arg("requests") ?? 60);
const dist = arg("dist") ?? ".next";
const withServer = !args.includes("--no-server");
const backends = args.includes("--pglite")
  ? (["pglite"] as const)
  : args.includes("--postgres")
    ? (["postgres"] as const)
    : (["postgres", "pglite"] as const);
const adminUrl = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PG_NAME = "workplan_documents_bench";
const PGLITE_DIR = ".data/bench-documents-pglite";
const MB = 1024 * 1024;
const SIZE = 50 * MB;
const SLUG = "regional-cooperation";
const PROJECT = "2018-05";
const EMAIL = "coordinator.no@workplan.test";

const log = (line: string) => console.info(`[bench:documents] ${line}`);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The resident size (kB) of a process and all its descendants, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Session {
  base: string;
  cookie: string;
}

async function uploadFile(
  session: Session,
  target: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  const query = new URLSearchParams({ target, name });
  const response = await fetch(`${session.base}/api/g/${SLUG}/documents?${query}`, {
    method: "POST",
    headers: {
      cookie: session.cookie,
      origin: session.base,
      "content-type": "application/octet-stream",
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  const body = (await response.json()) as { data?: { documentId: string } };
  if (response.status !== 201 || !body.data)
    throw new Error(`upload of ${name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.documentId;
}

interface Transfer {
  seconds: number;
  mbPerSecond: number;
  peakGrowthMb: number;
}

interface BackendResult {
  backend: "postgres" | "pglite";
  idleMb: number;
  uploads: Transfer[];
  downloads: Transfer[];
  page: { documents: number; p50: number; p95: number; requests: number }[];
  serverMb?: number;
  /** The same transfers through `next start`: the server process tree's resident size. */
  server?: { idleMb: number; uploads: Transfer[]; downloads: Transfer[] };
}

async function prepare(backend: "postgres" | "pglite") {
  if (backend === "postgres") {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${PG_NAME} with (force)`);
    await admin.unsafe(`create database ${PG_NAME}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${PG_NAME}`;
    return { url: url.toString() };
  }
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  rmSync(`${PGLITE_DIR}.lock`, { force: true });
  mkdirSync(".data", { recursive: true });
  return { dataDir: PGLITE_DIR };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** This process's resident size in MB: the median of 1 s of samples, after a collection. */
async function selfIdleMb() {
  gc?.();
  await new Promise((r) => setTimeout(r, 300));
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    samples.push(process.memoryUsage.rss());
    await new Promise((r) => setTimeout(r, 100));
  }
  samples.sort((a, b) => a - b);
  return (samples[5] ?? 0) / MB;
}

/** This process's peak resident size (MB) while `work` runs, sampled every 10 ms. */
async function selfPeakDuring<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, process.memoryUsage.rss()) / MB };
  } finally {
    clearInterval(timer);
  }
}

/** 50 MB up and down through the routes, in this process, `rounds` times. */
async function transfers(handle: DatabaseHandle, projectId: string, result: BackendResult) {
  const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
  slot.__workplanDatabase = handle;
  const [user] = await handle.db.select().from(s.users).where(eq(s.users.email, EMAIL));
  if (!user) throw new Error(EMAIL);
  const viewer: Viewer | null = await loadViewer(handle.db, {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: 1000,
    nowSeconds: 2000,
    maxAgeSeconds: 12 * 3600,
  });
  if (!viewer) throw new Error("no viewer");
  const limits = { maxBytes: SIZE, groupQuota: 1024 * MB };
  const upload = async (bytes: Uint8Array, name: string) => {
    const query = new URLSearchParams({ target: `project:${projectId}`, name });
    const request = new Request(`http://workplan.bench/api/g/${SLUG}/documents?${query}`, {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        "content-length": String(bytes.byteLength),
      },
      body: streamed(bytes),
      duplex: "half",
    } as RequestInit);
    const response = await uploadDocumentRoute(
      request,
      Promise.resolve({ group: SLUG }),
      async () => ({ viewer }),
      limits,
    );
    const body = (await response.json()) as { data?: { documentId: string } };
    if (response.status !== 201 || !body.data)
      throw new Error(`upload: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body.data.documentId;
  };
  const download = async (id: string) => {
    const response = await documentFile(
      new Request(`http://workplan.bench/g/${SLUG}/documents/${id}`),
      Promise.resolve({ group: SLUG, id }),
      viewer,
      "current",
    );
    if (response.status !== 200 || !response.body) throw new Error(`download: ${response.status}`);
    const hash = createHash("sha256");
    let size = 0;
    for await (const part of response.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(part);
      size += part.byteLength;
    }
    return { sha: hash.digest("hex"), size };
  };

  // Warm: the routes' modules (file-type, pdf.js) loaded and the connection pool open.
  await download(await upload(await makePdf(2), "Oppvarming.pdf"));
  const big = bigPdf(SIZE);
  result.idleMb = round1(await selfIdleMb());
  log(`${result.backend}: idle at ${result.idleMb} MB resident (the 50 MB file included)`);
  for (let r = 0; r < rounds; r++) {
    big[100_000] = r; // new bytes each round: stored, not matched to the last round's
    const expected = sha256(big);
    const before = await selfIdleMb();
    const started = performance.now();
    const up = await selfPeakDuring(() => upload(big, `Stor fil ${r + 1}.pdf`));
    const upSeconds = (performance.now() - started) / 1000;
    const afterUpload = await selfIdleMb();
    const downStarted = performance.now();
    const down = await selfPeakDuring(() => download(up.result));
    const downSeconds = (performance.now() - downStarted) / 1000;
    if (down.result.sha !== expected || down.result.size !== SIZE)
      throw new Error("the download differs from the upload");
    const u = {
      seconds: round1(upSeconds),
      mbPerSecond: round1(SIZE / MB / upSeconds),
      peakGrowthMb: round1(up.peakMb - before),
    };
    const d = {
      seconds: round1(downSeconds),
      mbPerSecond: round1(SIZE / MB / downSeconds),
      peakGrowthMb: round1(down.peakMb - afterUpload),
    };
    result.uploads.push(u);
    result.downloads.push(d);
    log(
      `${result.backend}: round ${r + 1}: upload ${u.seconds} s (${u.mbPerSecond} MB/s, +${u.peakGrowthMb} MB), ` +
        `download ${d.seconds} s (${d.mbPerSecond} MB/s, +${d.peakGrowthMb} MB)`,
    );
  }
  slot.__workplanDatabase = undefined;
}

/** The server's resident size in MB: the median of 1 s of samples. */
async function serverIdleMb(pid: number) {
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    samples.push(treeRssKb(pid) / 1024);
    await new Promise((r) => setTimeout(r, 100));
  }
  samples.sort((a, b) => a - b);
  return samples[5] ?? 0;
}

/** The server's peak resident size (MB) while `work` runs, sampled every 10 ms. */
async function serverPeakDuring<T>(pid: number, work: () => Promise<T>) {
  let peak = treeRssKb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(pid));
  }, 10);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, treeRssKb(pid)) / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * 50 MB up and down through `next start` (the upload routes are outside the proxy, so the body
 * streams to the route whole), `rounds` times: throughput seen by the client, and the server's
 * peak resident size above its idle size right before.
 */
async function serverTransfers(
  session: Session,
  pid: number,
  projectId: string,
  result: BackendResult,
) {
  const server = { idleMb: 0, uploads: [] as Transfer[], downloads: [] as Transfer[] };
  result.server = server;
  const big = bigPdf(SIZE);
  const download = (id: string) =>
    new Promise<{ sha: string; size: number }>((resolve, reject) => {
      const hash = createHash("sha256");
      let size = 0;
      httpGet(
        new URL(`${session.base}/g/${SLUG}/documents/${id}`),
        { headers: { cookie: session.cookie } },
        (response) => {
          if (response.statusCode !== 200) reject(new Error(`download: ${response.statusCode}`));
          response.on("data", (part: Buffer) => {
            hash.update(part);
            size += part.byteLength;
          });
          response.on("end", () => resolve({ sha: hash.digest("hex"), size }));
          response.on("error", reject);
        },
      ).on("error", reject);
    });
  /**
   * The upload as a browser sends it: the body written to the socket in 64 KiB pieces as the
   * connection takes them (node:http, not fetch, whose body handling copies the whole file
   * first and costs this 2-core machine's client more time than the server takes).
   */
  const upload = (name: string) =>
    new Promise<string>((resolve, reject) => {
      const query = new URLSearchParams({ target: `project:${projectId}`, name });
      const url = new URL(`${session.base}/api/g/${SLUG}/documents?${query}`);
      const request = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            cookie: session.cookie,
            origin: session.base,
            "content-type": "application/octet-stream",
            "content-length": String(big.byteLength),
          },
        },
        (response) => {
          const parts: Buffer[] = [];
          response.on("data", (part: Buffer) => parts.push(part));
          response.on("end", () => {
            const body = JSON.parse(Buffer.concat(parts).toString("utf8")) as {
              data?: { documentId: string };
            };
            if (response.statusCode !== 201 || !body.data)
              reject(new Error(`upload of ${name}: ${response.statusCode}`));
            else resolve(body.data.documentId);
          });
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      let at = 0;
      const write = () => {
        while (at < big.byteLength) {
          const piece = big.subarray(at, at + 64 * 1024);
          at += piece.byteLength;
          if (!request.write(piece)) {
            request.once("drain", write);
            return;
          }
        }
        request.end();
      };
      write();
    });
  // Warm: the routes compiled into memory, the pool open.
  await download(
    await uploadFile(session, `project:${projectId}`, "Oppvarming.pdf", await makePdf(2)),
  );
  server.idleMb = round1(await serverIdleMb(pid));
  log(`${result.backend}: the server idle at ${server.idleMb} MB resident`);
  for (let r = 0; r < rounds; r++) {
    big[100_000] = 100 + r;
    const expected = sha256(big);
    const before = await serverIdleMb(pid);
    const started = performance.now();
    const up = await serverPeakDuring(pid, () => upload(`Stor fil over HTTP ${r + 1}.pdf`));
    const upSeconds = (performance.now() - started) / 1000;
    const afterUpload = await serverIdleMb(pid);
    const downStarted = performance.now();
    const down = await serverPeakDuring(pid, () => download(up.result));
    const downSeconds = (performance.now() - downStarted) / 1000;
    if (down.result.sha !== expected || down.result.size !== SIZE)
      throw new Error("the download through the server differs from the upload");
    const u = {
      seconds: round1(upSeconds),
      mbPerSecond: round1(SIZE / MB / upSeconds),
      peakGrowthMb: round1(up.peakMb - before),
    };
    const d = {
      seconds: round1(downSeconds),
      mbPerSecond: round1(SIZE / MB / downSeconds),
      peakGrowthMb: round1(down.peakMb - afterUpload),
    };
    server.uploads.push(u);
    server.downloads.push(d);
    log(
      `${result.backend}: through the server, round ${r + 1}: upload ${u.seconds} s (${u.mbPerSecond} MB/s, server +${u.peakGrowthMb} MB), ` +
        `download ${d.seconds} s (${d.mbPerSecond} MB/s, server +${d.peakGrowthMb} MB)`,
    );
  }
}

/** The project page without documents and with 20, through `next start`. */
async function pages(
  backend: "postgres" | "pglite",
  where: { url?: string; dataDir?: string },
  projectId: string,
  result: BackendResult,
) {
  process.env.WORKPLAN_BENCH_DIST = dist;
  const server = await startServer({
    backend,
    source: where.url ?? where.dataDir ?? "",
    ...where,
    copied: false,
    open: () => {
      throw new Error("not used");
    },
    discard: async () => {},
  });
  try {
    const { cookie } = await signIn(server.base, EMAIL);
    const session = { base: server.base, cookie };
    await serverTransfers(session, server.process.pid ?? 0, projectId, result);
    const page = `/g/${SLUG}/projects/${PROJECT}`;
    const pageLoad = async (documents: number) => {
      await runLoad(server.base, { connections: 1, amount: 10, path: page, headers: { cookie } });
      const load = await runLoad(server.base, {
        connections: 1,
        amount: requests,
        path: page,
        headers: { cookie },
      });
      if (load.errors)
        throw new Error(`the project page answered ${JSON.stringify(load.statuses)}`);
      result.page.push({ documents, p50: load.p50, p95: load.p95, requests: load.requests });
      log(
        `${backend}: project page with ${documents} documents: p50 ${load.p50} ms, p95 ${load.p95} ms`,
      );
    };
    await pageLoad(0);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const image = i % 5 === 4;
      const bytes = image
        ? new Uint8Array(
            await sharp({
              create: {
                width: 800,
                height: 600,
                channels: 3,
                background: { r: 40 * (i % 6), g: 90, b: 140 },
              },
            })
              .png()
              .toBuffer(),
          )
        : await makePdf(1 + (i % 3), `Dokument ${i}`);
      ids.push(
        await uploadFile(
          session,
          `project:${projectId}`,
          `Dokument ${i + 1}.${image ? "png" : "pdf"}`,
          bytes,
        ),
      );
    }
    await pageLoad(20);
    if (where.url) {
      // Again without and with (the 20 hidden, then shown), for the drift of a shared machine.
      const handle = openDatabase({ url: where.url, maxConnections: 1 });
      const hide = (deletedAt: Date | null) =>
        handle.db
          .update(s.documents)
          .set({ deletedAt })
          .where(and(inArray(s.documents.id, ids), eq(s.documents.projectId, projectId)));
      await hide(new Date());
      await pageLoad(0);
      await hide(null);
      await pageLoad(20);
      await handle.close();
    }
    // The server's resident size after it all (its process tree), for the record.
    result.serverMb = round1(treeRssKb(server.process.pid ?? 0) / 1024);
  } finally {
    await server.stop();
  }
}

async function runBackend(backend: "postgres" | "pglite"): Promise<BackendResult> {
  const where = await prepare(backend);
  log(`${backend}: migrating and seeding the demo …`);
  const handle = openDatabase(where.url ? { url: where.url } : { dataDir: where.dataDir ?? "" });
  await migrateDatabase(handle);
  await seedDemo(handle.db, { hashPassword });
  const [project] = await handle.db
    .select({ id: s.projects.id })
    .from(s.projects)
    .where(eq(s.projects.code, PROJECT));
  if (!project) throw new Error(`no project ${PROJECT}`);
  const result: BackendResult = { backend, idleMb: 0, uploads: [], downloads: [], page: [] };
  await transfers(handle, project.id, result);
  // PGlite is one process's: the server opens the folder, so the bench lets go of it.
  await handle.close();
  if (withServer) await pages(backend, where, project.id, result);
  return result;
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

mkdirSync("bench-results", { recursive: true });
const results: BackendResult[] = [];
for (const backend of backends) results.push(await runBackend(backend));

mkdirSync("bench-results", { recursive: true });
const file = `bench-results/documents-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(
  file,
  JSON.stringify({ at: new Date().toISOString(), dist, rounds, requests, results }, null, 2),
);

console.info(
  "\n| backend | upload MB/s (median) | download MB/s (median) | peak growth upload / download (max, MB) | idle (MB) |",
);
console.info("| --- | ---: | ---: | ---: | ---: |");
for (const r of results)
  console.info(
    `| ${r.backend} | ${median(r.uploads.map((u) => u.mbPerSecond))} | ${median(r.downloads.map((d) => d.mbPerSecond))} | ` +
      `${Math.max(...r.uploads.map((u) => u.peakGrowthMb))} / ${Math.max(...r.downloads.map((d) => d.peakGrowthMb))} | ${r.idleMb} |`,
  );
console.info(
  "\n| backend | through the server: upload MB/s (median) | download MB/s (median) | server's peak growth upload / download (max, MB) | server idle (MB) |",
);
console.info("| --- | ---: | ---: | ---: | ---: |");
for (const r of results)
  if (r.server)
    console.info(
      `| ${r.backend} | ${median(r.server.uploads.map((u) => u.mbPerSecond))} | ${median(r.server.downloads.map((d) => d.mbPerSecond))} | ` +
        `${Math.max(...r.server.uploads.map((u) => u.peakGrowthMb))} / ${Math.max(...r.server.downloads.map((d) => d.peakGrowthMb))} | ${r.server.idleMb} |`,
    );
console.info("\n| backend | documents | p50 (ms) | p95 (ms) | requests |");
console.info("| --- | ---: | ---: | ---: | ---: |");
for (const r of results)
  for (const p of r.page)
    console.info(`| ${r.backend} | ${p.documents} | ${p.p50} | ${p.p95} | ${p.requests} |`);
console.info(`\n${file}`);
