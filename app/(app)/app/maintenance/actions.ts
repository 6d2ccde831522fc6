"use server";

import { done, partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { enterMaintenance } from "@/lib/server/maintenance/maintenance";
import { setReminderCadence } from "@/lib/server/check-ins/prefs";
import { reminderCadenceSchema } from "@/lib/validation/maintenance";
import { noInput } from "@/lib/validation/form";

// Moving into maintenance changes what the dashboard and stage 9 show.
const revalidate = WORKSPACE_PAGES;

/**
 * "We're in maintenance now": either partner. Joint work, refused while joint work is paused: it
 * changes both partners' reminders, and a partner who paused should not see the couple moved on.
 */
export const enterMaintenanceAction = partnerAction(noInput, (ctx) => enterMaintenance(ctx), { revalidate, joint: true });

export const setReminderCadenceAction = partnerAction(
  reminderCadenceSchema,
  async (ctx, input) => {
    await setReminderCadence(ctx, input);
    return done;
  },
  { revalidate: ["/app/maintenance"] },
);
