import { describe, expect, it } from "vitest";
import { anniversaryReminderDue, anniversaryYears, daysUntilAnniversary, nextAnniversary } from "@/lib/journey/anniversary";

describe("the anniversary of the discovery", () => {
  it("is the same month and day, this year or next, never the discovery day itself", () => {
    expect(nextAnniversary("2025-03-14", "2026-01-10")).toBe("2026-03-14");
    expect(nextAnniversary("2025-03-14", "2026-03-14")).toBe("2026-03-14");
    expect(nextAnniversary("2025-03-14", "2026-03-15")).toBe("2027-03-14");
    // Found out last month: the first anniversary is next year, not the day that has passed.
    expect(nextAnniversary("2026-11-20", "2026-12-05")).toBe("2027-11-20");
    // Found out today: a year from now.
    expect(nextAnniversary("2026-12-05", "2026-12-05")).toBe("2027-12-05");
  });

  it("puts 29 February on the 28th in other years", () => {
    expect(nextAnniversary("2024-02-29", "2025-01-01")).toBe("2025-02-28");
    expect(nextAnniversary("2024-02-29", "2028-01-01")).toBe("2028-02-29");
  });

  it("counts days and years across the turn of the year", () => {
    expect(daysUntilAnniversary("2025-01-03", "2026-12-30")).toBe(4);
    expect(anniversaryYears("2025-01-03", "2027-01-03")).toBe(2);
  });

  it("is due for a reminder from seven days before until the day before", () => {
    expect(anniversaryReminderDue("2025-03-14", "2026-03-06")).toBeNull();
    expect(anniversaryReminderDue("2025-03-14", "2026-03-07")).toBe("2026-03-14");
    expect(anniversaryReminderDue("2025-03-14", "2026-03-13")).toBe("2026-03-14");
    expect(anniversaryReminderDue("2025-03-14", "2026-03-14")).toBeNull();
    expect(anniversaryReminderDue("2025-12-30", "2026-12-25")).toBe("2026-12-30");
  });
});
