// Mends postgres.js 3.4.9 after every install (package.json "postinstall"): no release fixes it.
//
// When PostgreSQL closes a connection (a shutdown, a failover, pg_terminate_backend) while a
// transaction is using it, postgres.js writes its own ROLLBACK to the connection after the socket
// is gone: the write runs from a timer and throws "TypeError: Cannot read properties of null
// (reading 'write')", uncaught (porsager/postgres#1154, #1208; the fix of the open pull request
// #1209). And the connection keeps the timer's handle and the unsent bytes: its next start-up
// message waits behind them until the connect timeout. Here a write without a socket rejects its
// statements as CONNECTION_CLOSED (which the app answers with 503), and a closed connection
// forgets what it had not sent — and the error the server sent before closing (57P01,
// "terminating connection due to administrator command"): kept, it was given to the first
// statement on the reconnected connection, which then failed although the server was back.
// Checked by tests/integration/postgres-driver.test.ts. Each edit is applied once (an install
// mended by an older version of this script gets the edits it lacks).
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const MARK = "/* workplan: nextWrite guard */";
const FILES = [
  "node_modules/postgres/src/connection.js",
  "node_modules/postgres/cjs/src/connection.js",
];

const EDITS = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    `  function nextWrite(fn) {
    ${MARK}
    if (!socket) {
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options, socket))
      return false
    }
    const x = socket.write(chunk, fn)`,
  ],
  [
    "  async function closed(hadError) {\n    incoming = Buffer.alloc(0)\n    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)",
    "  async function closed(hadError) {\n    incoming = Buffer.alloc(0)\n    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null",
  ],
  [
    "    connectTimer.cancel()\n\n    socket.removeAllListeners()\n    socket = null\n",
    "    connectTimer.cancel()\n\n    socket.removeAllListeners()\n    socket = null\n    errorResponse = null /* workplan: not the next query's */\n",
  ],
];

let version = "";
try {
  version = JSON.parse(readFileSync("node_modules/postgres/package.json", "utf8")).version;
} catch {
  process.exit(0); // Not installed (yet): nothing to mend.
}
for (const file of FILES) {
  if (!existsSync(file)) continue;
  const original = readFileSync(file, "utf8");
  let text = original;
  for (const [from, to] of EDITS) {
    if (text.includes(to)) continue; // applied before
    if (!text.includes(from)) {
      console.error(
        `[patch-postgres] postgres ${version}: ${file} is not as expected; the mend for ` +
          "porsager/postgres#1208 was not applied. Check whether this version fixes it.",
      );
      process.exit(version === "3.4.9" ? 1 : 0);
    }
    text = text.replace(from, to);
  }
  if (text === original) continue;
  writeFileSync(file, text);
  console.info(`[patch-postgres] mended ${file} (postgres ${version})`);
}
