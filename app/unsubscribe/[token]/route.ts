import { unsubscribeByToken } from "@/lib/server/reminders/reminders";
import { unsubscribeAnniversaryByToken } from "@/lib/server/reminders/anniversary";

// The unsubscribe link in a reminder email. The token (one per email, only its hash stored) is the
// only credential, and all it can do is switch off the reminder it came with (the daily check-in
// reminder, or the reminder a week before a date the person asked Mend to remember). A GET only shows a
// one-button page, because mail scanners open links on their own; the button POSTs here.

const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex, nofollow",
  "cache-control": "no-store",
};

function page(title: string, body: string, status = 200) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Mend</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2a2e;background:#fbf8f4;line-height:1.6}button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:.5rem;border:0;background:#225a51;color:#fff;cursor:pointer}a{color:#225a51}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: HEADERS });
}

export async function GET() {
  // No action attribute: the form posts back to this same address, token included.
  return page(
    "Stop this reminder?",
    `<p>You'll stop getting the reminder this link came with. You can switch it on again in Mend at any time.</p>
<form method="post"><button type="submit">Stop this reminder</button></form>`,
  );
}

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (await unsubscribeAnniversaryByToken(token)) {
    return page(
      "That reminder is off",
      `<p>You won't get an email before that date any more. To switch it on again, go to <a href="/app/stages/patience#anniversary">stage 3</a>.</p>`,
    );
  }
  const done = await unsubscribeByToken(token);
  return done
    ? page(
        "Reminders are off",
        `<p>You won't get check-in reminders by email any more. To switch them on again, go to <a href="/app/settings#check-ins">settings</a>.</p>`,
      )
    : page(
        "This link doesn't work",
        `<p>The link may be incomplete. You can switch reminders off in <a href="/app/settings#check-ins">settings</a>.</p>`,
        404,
      );
}
