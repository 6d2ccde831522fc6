// Next runs register() once when a server starts: configuration errors surface at boot with a
// clear message, not on the first request. The reminder scheduler and the hourly housekeeping start here too, in the
// Node.js runtime only, never while `next build` prerenders and never in tests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/server/env");
    const config = env();
    if (process.env.NEXT_PHASE === "phase-production-build" || config.nodeEnv === "test") return;
    // The support lines, read and checked once at boot (the start script checked a practice's file already).
    const { supportLines } = await import("@/lib/content/resources");
    supportLines();
    // Under MEND_WORKERS, one server process runs the schedules (lib/cli/workers.mjs).
    if (!config.runsSchedules) return;
    const { startReminderScheduler } = await import("@/lib/server/reminders/scheduler");
    startReminderScheduler();
    const { startHousekeeping } = await import("@/lib/server/housekeeping");
    startHousekeeping();
    if (config.worker) console.log(`Mend: server process ${config.worker} runs the reminder and housekeeping schedules.`);
  }
}
