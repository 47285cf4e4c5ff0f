export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUp } = await import("./lib/startup");
  try {
    await startUp();
  } catch (error) {
    // A server that cannot open or migrate its database must not linger answering 500s.
    console.error(
      `\n[workplan] could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}
