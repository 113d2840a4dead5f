/**
 * While the user is pressing in the panel, new states from the background wait. A state that arrives
 * between the press and the release would otherwise redraw the panel under the pointer (a page's
 * first report pushes the controls below it far down), and the browser then sends the click to
 * neither control: the user's click is lost. The newest waiting state is shown on release.
 */
export class PressHold<T> {
  private pressed = false;
  private waiting: { value: T } | null = null;

  /** Whether `value` can be shown now; if not, it is kept (replacing any older one) for the release. */
  offer(value: T): boolean {
    if (!this.pressed) return true;
    this.waiting = { value };
    return false;
  }

  press(): void {
    this.pressed = true;
  }

  /** The state to show now that the press is over, if one came during it. */
  release(): { value: T } | null {
    const waiting = this.waiting;
    this.pressed = false;
    this.waiting = null;
    return waiting;
  }
}
