export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUpOrExit } = await import("./lib/startup");
  await startUpOrExit();
}
