/** Set in the tab's sessionStorage by a quick exit; read by the guard in every page's head. */
export const QUICK_EXIT_FLAG = "mend:quick-exit";
