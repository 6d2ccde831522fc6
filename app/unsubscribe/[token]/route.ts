import { UNSUBSCRIBE_DAYS, unsubscribeByToken, type MailKind } from "@/lib/server/email/unsubscribe";
import { stageCrumb, stageHref } from "@/lib/content/stage-features";

// The unsubscribe link of every email someone can switch off (check-in reminders, the anniversary
// reminder, agreement reviews, proposed talks). The token (one per email, only its hash stored,
// valid for 90 days) is the only credential, and all it can do is switch off the kind of email it
// came with (lib/server/email/unsubscribe.ts). A GET only shows a one-button page, because mail
// scanners open links on their own; the button POSTs here.

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
    "Stop these emails?",
    `<p>You'll stop getting the kind of email this link came with. You can switch it on again in Mend at any time.</p>
<form method="post"><button type="submit">Stop these emails</button></form>`,
  );
}

const OFF: Record<MailKind, { title: string; body: string }> = {
  "check-in": {
    title: "Reminders are off",
    body: `<p>You won't get check-in reminders by email any more. To switch them on again, go to <a href="/app/settings#check-ins">settings</a>.</p>`,
  },
  anniversary: {
    title: "That reminder is off",
    body: `<p>You won't get an email before that date any more. To switch it on again, go to <a href="${stageHref("anniversary", "anniversary")}">${stageCrumb("anniversary").label.toLowerCase()}</a>.</p>`,
  },
  review: {
    title: "Review emails are off",
    body: `<p>You won't get an email before an agreement's review date any more. Reviews still show in Mend. To switch the emails on again, go to <a href="/app/settings#email">settings</a>.</p>`,
  },
  talk: {
    title: "Talk emails are off",
    body: `<p>You won't get an email when your partner proposes a talk any more. Proposals still show in Mend. To switch the emails on again, go to <a href="/app/settings#email">settings</a>.</p>`,
  },
};

// A mail app's own unsubscribe button (RFC 8058 one-click) POSTs here too, with
// "List-Unsubscribe=One-Click" in the body and no cookie; the token alone decides.
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await unsubscribeByToken(token);
  if (result.status === "off") return page(OFF[result.kind].title, OFF[result.kind].body);
  if (result.status === "expired") {
    return page(
      "This link has expired",
      `<p>Links to stop an email work for ${UNSUBSCRIBE_DAYS} days, so an old email can't change your settings. Nothing was changed.</p>
<p>You can still stop any email from Mend: sign in, then go to <a href="/app/settings#email">Settings</a>, where each kind of email has its own switch.</p>`,
      410,
    );
  }
  return page(
    "This link doesn't work",
    `<p>The link may be incomplete. Nothing was changed. You can switch emails off after signing in, in <a href="/app/settings#email">settings</a>.</p>`,
    404,
  );
}
