/*
 * A deliberate regression, to show that `npm run bench -- --quick` catches one: loaded into the
 * bench's server (NODE_OPTIONS=--require) only when WORKPLAN_BENCH_SLOW is set, it makes every
 * request whose path matches that regular expression take WORKPLAN_BENCH_SLOW_FACTOR (0.3)
 * more of its own time, spent on the CPU before the response ends — as a page whose work grew
 * by 30 % would. Never part of the app (scripts/bench/server.ts adds it; docs/performance.md,
 * "Regression guard").
 */
const http = require("node:http");

const pattern = new RegExp(process.env.WORKPLAN_BENCH_SLOW);
const factor = Number(process.env.WORKPLAN_BENCH_SLOW_FACTOR || "0.3");
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, ...rest) {
  const [request, response] = rest;
  if (event === "request" && pattern.test(request.url || "")) {
    const started = performance.now();
    const end = response.end;
    response.end = function (...args) {
      const until = performance.now() + (performance.now() - started) * factor;
      while (performance.now() < until) {
        // the page's extra work
      }
      return end.apply(this, args);
    };
  }
  return emit.call(this, event, ...rest);
};
