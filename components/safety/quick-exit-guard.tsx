import { QUICK_EXIT_FLAG } from "@/components/safety/quick-exit-flag";

/**
 * The part of the quick exit that must run before a page paints, so it is an inline script in the
 * document head (with this request's CSP nonce) rather than React code, which runs only after the
 * page is on screen. A quick exit sets a flag in this tab's sessionStorage (quick-exit.tsx). From
 * then on, a Mend page that the tab shows again through Back or Forward leaves for the neutral site
 * at once, blank: when it is loaded again (the navigation's type is "back_forward") before its body
 * is even read, and when the browser restores it from its back-forward cache (`pageshow` with
 * `persisted`). Any other way into Mend in that tab (typing the address, a link, a bookmark,
 * reloading) is the person coming back on purpose: it clears the flag.
 */
function guardScript(neutralUrl: string) {
  // JSON is valid JavaScript; "<" escaped so the address can never close the script element.
  const values = JSON.stringify({ key: QUICK_EXIT_FLAG, url: neutralUrl }).replace(/</g, "\\u003c");
  return `(function(){var v=${values};
function flagged(){try{return sessionStorage.getItem(v.key)==="1"}catch(e){return false}}
function leave(){document.documentElement.style.display="none";document.title="";try{window.stop()}catch(e){}location.replace(v.url)}
if(flagged()){var n=performance.getEntriesByType("navigation")[0];if(n&&n.type==="back_forward"){leave();return}try{sessionStorage.removeItem(v.key)}catch(e){}}
addEventListener("pageshow",function(e){if(e.persisted&&flagged())leave()});})();`;
}

export function QuickExitGuard({ url, nonce }: { url: string; nonce: string | undefined }) {
  // The browser hides a nonce from the DOM once the script ran, so React sees it as changed.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: guardScript(url) }} />;
}
