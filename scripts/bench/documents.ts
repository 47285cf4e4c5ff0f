/**
 * The documents' benchmark (issue 15), on PostgreSQL and PGlite, part of `npm run bench`
 * (`runDocumentsBench`, on the bench's own build) and runnable alone:
 *
 * - upload and download of a 50 MB file through the upload and download routes
 *   (lib/documents/handlers.ts: the request body streamed in 64 KiB pieces as a browser sends
 *   it, the download read to the end), in this process on its own database connection —
 *   throughput, and the process's peak resident memory above its idle size (sampled every 10 ms);
 * - the same through `next start` (the upload routes are outside proxy.ts's matcher, so their
 *   bodies stream to the route whole), with the server process tree's resident size sampled —
 *   the issue's "server's peak memory growth";
 * - the project page's p50/p95, the server's CPU time a request and the HTML's size, without
 *   documents and with 20 (added over HTTP), one signed-in client; in alternating
 *   pairs (the 20 hidden and shown again) so that the machine's drift falls on both sides.
 *
 *   npm run bench:documents -- [--pglite | --postgres] [--rounds=3] [--requests=60]
 *       [--page-rounds=3] [--dist=.next] [--no-server] [--docs]
 *
 * It builds nothing: the server part starts the build in --dist (default .next). Its databases
 * are its own: `workplan_documents_bench` on BENCH_ADMIN_URL's server, and the folder
 * .data/bench-documents-pglite, made afresh (migrated, demo seeded) each run. Results go to
 * bench-results/documents-<date>.json; with --docs (and always from `npm run bench`) the tables
 * replace the documents section of docs/performance.md.
 */
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet, request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { and, eq, inArray, ne } from "drizzle-orm";
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
import { treeCpuMs, treeRssKb } from "./proc";
import { replaceDocsSection } from "./report";
import { signIn, startServer } from "./server";

/** What `runDocumentsBench` measures, and how long. */
export interface DocumentsBenchOptions {
  backends: readonly ("postgres" | "pglite")[];
  /** 50 MB transfers per backend, in the bench's process and through the server each. */
  rounds: number;
  /** Requests per measurement of the project page (after 10 of warm-up). */
  requests: number;
  /** Pairs of page measurements, without and with the 20 documents, alternating. */
  pageRounds: number;
  /** The build `next start` serves. */
  dist: string;
  /** Also through `next start`: the transfers and the project page. */
  server: boolean;
  /** Replace the documents section's table in docs/performance.md. */
  writeDocs: boolean;
}

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

/** One measurement of the project page: latency at one client, the server's CPU per request. */
interface PageRun {
  documents: number;
  p50: number;
  p95: number;
  requests: number;
  cpuMsPerRequest: number;
  htmlKb: number;
}

export interface BackendResult {
  backend: "postgres" | "pglite";
  idleMb: number;
  uploads: Transfer[];
  downloads: Transfer[];
  page: PageRun[];
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
async function transfers(
  handle: DatabaseHandle,
  projectId: string,
  result: BackendResult,
  rounds: number,
) {
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
  rounds: number,
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

/**
 * The project page without documents and with 20, through `next start`: the 20
 * are hidden and shown again `pageRounds` times, measured alternately, so that the machine's
 * drift falls on both sides; the server's CPU time per request is taken next to the latency.
 */
async function pages(
  backend: "postgres" | "pglite",
  where: { url?: string; dataDir?: string },
  projects: { page: string; transfers: string },
  result: BackendResult,
  o: DocumentsBenchOptions,
) {
  const projectId = projects.page;
  const previousDist = process.env.WORKPLAN_BENCH_DIST;
  process.env.WORKPLAN_BENCH_DIST = o.dist;
  const start = async () => {
    const running = await startServer({
      backend,
      source: where.url ?? where.dataDir ?? "",
      ...where,
      copied: false,
      open: () => {
        throw new Error("not used");
      },
      discard: async () => {},
    });
    const { cookie } = await signIn(running.base, EMAIL);
    return { running, session: { base: running.base, cookie }, pid: running.process.pid ?? 0 };
  };
  let server = await start();
  try {
    await serverTransfers(server.session, server.pid, projects.transfers, result, o.rounds);
    const page = `/g/${SLUG}/projects/${PROJECT}`;
    const pageLoad = async (documents: number) => {
      const { base, cookie } = server.session;
      const html = await fetch(`${base}${page}`, {
        headers: { cookie, "accept-encoding": "identity" },
      }).then((r) => r.arrayBuffer());
      await runLoad(base, { connections: 1, amount: 10, path: page, headers: { cookie } });
      const cpuBefore = treeCpuMs(server.pid);
      const load = await runLoad(base, {
        connections: 1,
        amount: o.requests,
        path: page,
        headers: { cookie },
      });
      const cpuMsPerRequest = round1((treeCpuMs(server.pid) - cpuBefore) / load.requests);
      if (load.errors)
        throw new Error(`the project page answered ${JSON.stringify(load.statuses)}`);
      const run = {
        documents,
        p50: load.p50,
        p95: load.p95,
        requests: load.requests,
        cpuMsPerRequest,
        htmlKb: round1(html.byteLength / 1024),
      };
      result.page.push(run);
      log(
        `${backend}: project page with ${documents} documents: p50 ${run.p50} ms, p95 ${run.p95} ms, ` +
          `server CPU ${run.cpuMsPerRequest} ms a request, HTML ${run.htmlKb} kB`,
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
          server.session,
          `project:${projectId}`,
          `Dokument ${i + 1}.${image ? "png" : "pdf"}`,
          bytes,
        ),
      );
    }
    await pageLoad(20);
    // Hides or shows the 20: on PostgreSQL beside the running server; PGlite is one process's,
    // so its server stops while the bench opens the folder, and starts again (and is warmed).
    const hide = async (deletedAt: Date | null) => {
      if (!where.url) await server.running.stop();
      const handle = openDatabase(
        where.url ? { url: where.url, maxConnections: 1 } : { dataDir: where.dataDir ?? "" },
      );
      try {
        await handle.db
          .update(s.documents)
          .set({ deletedAt })
          .where(and(inArray(s.documents.id, ids), eq(s.documents.projectId, projectId)));
      } finally {
        await handle.close();
      }
      if (!where.url) server = await start();
    };
    for (let r = 1; r < o.pageRounds; r++) {
      await hide(new Date());
      await pageLoad(0);
      await hide(null);
      await pageLoad(20);
    }
    // The server's resident size after it all (its process tree), for the record.
    result.serverMb = round1(treeRssKb(server.pid) / 1024);
  } finally {
    await server.running.stop();
    if (previousDist === undefined) delete process.env.WORKPLAN_BENCH_DIST;
    else process.env.WORKPLAN_BENCH_DIST = previousDist;
  }
}

async function runBackend(
  backend: "postgres" | "pglite",
  o: DocumentsBenchOptions,
): Promise<BackendResult> {
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
  // The 50 MB files go to another project of the group: the measured page shows only its own.
  const [other] = await handle.db
    .select({ id: s.projects.id })
    .from(s.projects)
    .innerJoin(s.workingGroups, eq(s.workingGroups.id, s.projects.groupId))
    .where(and(eq(s.workingGroups.slug, SLUG), ne(s.projects.code, PROJECT)))
    .limit(1);
  if (!other) throw new Error(`no other project in ${SLUG}`);
  const result: BackendResult = { backend, idleMb: 0, uploads: [], downloads: [], page: [] };
  await transfers(handle, other.id, result, o.rounds);
  // PGlite is one process's: the server opens the folder, so the bench lets go of it.
  await handle.close();
  if (o.server) await pages(backend, where, { page: project.id, transfers: other.id }, result, o);
  return result;
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

/** What the page measurements say: medians of the runs without and with the documents. */
export function pageSummary(r: BackendResult) {
  const side = (n: number) => {
    const runs = r.page.filter((p) => p.documents === n);
    return {
      runs: runs.length,
      p50: median(runs.map((p) => p.p50)),
      p95: median(runs.map((p) => p.p95)),
      cpu: median(runs.map((p) => p.cpuMsPerRequest)),
      htmlKb: median(runs.map((p) => p.htmlKb)),
    };
  };
  const without = side(0);
  const withDocuments = side(20);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    without,
    with: withDocuments,
    p95Ratio: ratio(withDocuments.p95, without.p95),
    cpuRatio: ratio(withDocuments.cpu, without.cpu),
  };
}

const GOALS = { uploadMbPerSecond: 40, growthMb: 64, pageRatio: 1.1 };

/** The tables of a run, in Markdown: transfers, through the server, the page, the goals. */
export function documentsTables(results: BackendResult[], o: DocumentsBenchOptions): string {
  const lines = [
    `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: ${o.rounds} rounds of 50 MB each way per backend; the project page ${o.requests} requests at one client per measurement, ${o.pageRounds} alternating pairs.`,
    "",
    "| backend | path | upload MB/s (median, range) | download MB/s (median, range) | peak growth up / down (max) | idle |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
  ];
  const range = (xs: number[]) => `${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`;
  for (const r of results) {
    const row = (path: string, t: { uploads: Transfer[]; downloads: Transfer[] }, idle: number) =>
      lines.push(
        `| ${r.backend} | ${path} | ${range(t.uploads.map((u) => u.mbPerSecond))} | ${range(t.downloads.map((d) => d.mbPerSecond))} | ` +
          `+${Math.max(...t.uploads.map((u) => u.peakGrowthMb))} / +${Math.max(...t.downloads.map((d) => d.peakGrowthMb))} MB | ${idle} MB |`,
      );
    row("in the bench's process", r, r.idleMb);
    if (r.server) row("through `next start`", r.server, r.server.idleMb);
  }
  lines.push(
    "",
    "| backend | documents on the page | measurements | p50 (median) | p95 (median) | server CPU a request | HTML |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const r of results) {
    if (!r.page.length) continue;
    const summary = pageSummary(r);
    for (const [n, side] of [
      [0, summary.without],
      [20, summary.with],
    ] as const)
      lines.push(
        `| ${r.backend} | ${n} | ${side.runs} | ${side.p50} ms | ${side.p95} ms | ${side.cpu} ms | ${side.htmlKb} kB |`,
      );
  }
  lines.push("", "| goal | backend | measured | |", "| --- | --- | --- | --- |");
  const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
  for (const r of results) {
    if (r.server) {
      const up = median(r.server.uploads.map((u) => u.mbPerSecond));
      if (r.backend === "postgres")
        lines.push(
          `| upload ≥ ${GOALS.uploadMbPerSecond} MB/s through the server | ${r.backend} | ${up} MB/s (median) | ${verdict(up >= GOALS.uploadMbPerSecond)} |`,
        );
      const growth = Math.max(
        ...r.server.uploads.map((u) => u.peakGrowthMb),
        ...r.server.downloads.map((d) => d.peakGrowthMb),
      );
      lines.push(
        `| the server's peak growth ≤ ${GOALS.growthMb} MB | ${r.backend} | +${growth} MB (largest of all rounds) | ${verdict(growth <= GOALS.growthMb)} |`,
      );
    }
    if (r.page.length) {
      const summary = pageSummary(r);
      lines.push(
        `| project page p95 with 20 documents ≤ ${GOALS.pageRatio}× without | ${r.backend} | ${summary.p95Ratio}× (${summary.with.p95} / ${summary.without.p95} ms; CPU ${summary.cpuRatio}×) | ${verdict(summary.p95Ratio <= GOALS.pageRatio)} |`,
      );
    }
  }
  return lines.join("\n");
}

/** The documents' benchmark: every backend asked for, its tables printed and written. */
export async function runDocumentsBench(o: DocumentsBenchOptions): Promise<BackendResult[]> {
  const results: BackendResult[] = [];
  for (const backend of o.backends) results.push(await runBackend(backend, o));
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/documents-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), ...o, results }, null, 2));
  const tables = documentsTables(results, o);
  console.info(`\n${tables}\n`);
  if (o.writeDocs)
    log(
      replaceDocsSection("documents", tables)
        ? "docs/performance.md: documents section updated"
        : "docs/performance.md has no bench:documents markers: not updated",
    );
  log(`results in ${file}`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  await runDocumentsBench({
    backends: args.includes("--pglite")
      ? ["pglite"]
      : args.includes("--postgres")
        ? ["postgres"]
        : ["postgres", "pglite"],
    rounds: Number(arg("rounds") ?? 3),
    requests: Number(arg("requests") ?? 60),
    pageRounds: Number(arg("page-rounds") ?? 3),
    dist: arg("dist") ?? ".next",
    server: !args.includes("--no-server"),
    writeDocs: args.includes("--docs"),
  });
  process.exit(0);
}
