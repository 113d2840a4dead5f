/** Small pieces shared by the options page's sections. */
import type { ComponentChildren } from 'preact';

export const ORG_EXPLANATION = 'Your organisation’s IT team set this, so it cannot be changed here. Ask them if it needs to change.';

/** The badge on anything an organisation's policy set. */
export function SetByOrganisation({ id }: { id?: string }) {
  return (
    <span class="org-badge" id={id}>
      Set by your organisation
    </span>
  );
}

export function Section(props: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${props.id}-h`} id={props.id}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.intro && <div class="intro">{props.intro}</div>}
      {props.children}
    </section>
  );
}

/** An error shown under a field; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** Join ids for aria-describedby, leaving out empty ones. */
export const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
