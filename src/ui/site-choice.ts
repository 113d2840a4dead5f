/**
 * The "check this site automatically" box shows the user's click at once, before the background has
 * acted on it. It keeps showing that choice until the background says it has answered this request
 * (its count of answers has moved on) or the panel moves to another tab. No timer or effect decides
 * this, so a click made the moment the panel opens is never undone by the panel's own start-up.
 */
export interface SiteChoice {
  on: boolean;
  tabId: number;
  /** The background's count of answered site requests when the user clicked. */
  answersBefore: number;
}

export function shownSiteOn(choice: SiteChoice | null, state: { tabId: number; siteOn: boolean; siteAnswers: number }): boolean {
  const waiting = choice !== null && choice.tabId === state.tabId && state.siteAnswers === choice.answersBefore;
  return waiting ? choice.on : state.siteOn;
}
