// Times signed-in page requests against a running server: node scripts/measure-pages.mjs <base> <email> <path>...
// Prints p50/p95/max of the server's response time over 40 sequential requests per path (after 5 warm-ups).
const [base, email, ...paths] = process.argv.slice(2);
if (!base || !email || !paths.length) {
  console.error(
    "usage: node scripts/measure-pages.mjs http://127.0.0.1:3000 user@workplan.test /path ...",
  );
  process.exit(2);
}

function cookiesFrom(response, jar) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...value] = pair.split("=");
    jar.set(name, value.join("="));
  }
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

const jar = new Map();
const csrf = await fetch(`${base}/api/auth/csrf`);
cookiesFrom(csrf, jar);
const { csrfToken } = await csrf.json();
const login = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  redirect: "manual",
  headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
  body: new URLSearchParams({
    csrfToken,
    email,
    password: process.env.PASSWORD ?? "workplan-demo",
  }),
});
cookiesFrom(login, jar);
if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error("sign-in failed");

for (const path of paths) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < 45; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie: cookieHeader(jar) } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    if (i >= 5) times.push(performance.now() - started);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.info(
    `${path}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms  ${(bytes / 1024).toFixed(0)} kB`,
  );
}
