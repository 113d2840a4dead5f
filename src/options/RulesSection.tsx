/**
 * Which checks run and how serious each is, with any numbers a check uses
 * (the longest sentence, say), and Easy Read mode. A check the organisation
 * set is shown as it set it and cannot be changed here.
 */
import { useState } from 'preact/hooks';
import type { Rule } from '../engine';
import type { RuleSetting, Severity } from '../engine';
import { SEVERITIES } from '../engine/types';
import type { Settings } from '../storage/schema';
import { BOOLEAN_OPTION_INFO, OPTION_INFO, SEVERITY_LABELS, checkOptionNumber, ruleView, setRule, toSetting, type RuleView } from './rules-model';
import { FieldError, ORG_EXPLANATION, SetByOrganisation, describedBy } from './common';

export interface RulesSectionProps {
  rules: readonly Pick<Rule, 'meta'>[];
  /** Settings with the organisation's on top: what is in force. */
  effective: Record<string, RuleSetting>;
  locked: Set<string>;
  update(change: (p: Settings) => Settings, done: string): Promise<boolean>;
}

function NumberOption(props: { id: string; optionKey: string; value: unknown; disabled: boolean; onSave(v: number): void }) {
  const info = OPTION_INFO[props.optionKey]!;
  const [text, setText] = useState(String(props.value));
  const [error, setError] = useState<string | undefined>();
  const [last, setLast] = useState(props.value);
  if (last !== props.value) {
    setLast(props.value);
    setText(String(props.value));
  }
  const commit = () => {
    if (text === String(props.value)) return setError(undefined);
    const r = checkOptionNumber(props.optionKey, text);
    if ('error' in r) return setError(r.error);
    setError(undefined);
    props.onSave(r.value);
  };
  return (
    <div class="field">
      <label for={props.id}>{info.label}</label>
      {info.hint && <p class="hint" id={`${props.id}-hint`}>{info.hint}</p>}
      <input
        id={props.id}
        class="number"
        type="text"
        inputMode="numeric"
        value={text}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(info.hint && `${props.id}-hint`, error && `${props.id}-error`)}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <FieldError id={`${props.id}-error`} message={error} />
    </div>
  );
}

function RuleRow({ rule, props }: { rule: Pick<Rule, 'meta'>; props: RulesSectionProps }) {
  const { meta } = rule;
  const view = ruleView(props.effective[meta.id], meta);
  const locked = props.locked.has(meta.id);
  const p = `rule-${meta.id}`;
  const save = (next: RuleView, done: string) =>
    void props.update((s) => ({ ...s, rules: setRule(s.rules, meta.id, toSetting(next, meta)) }), done);
  const options = Object.keys(meta.defaultOptions ?? {});
  return (
    <li class="rule">
      <fieldset aria-describedby={`${p}-desc`}>
        <legend>
          {meta.title} {locked && <SetByOrganisation />}
        </legend>
        <p class="hint" id={`${p}-desc`}>
          {meta.docs.description}
          {locked && ` ${ORG_EXPLANATION}`}
        </p>
        <div class="row">
          <div class="check">
            <input id={`${p}-on`} type="checkbox" checked={view.on} disabled={locked}
              onChange={(e) => save({ ...view, on: e.currentTarget.checked }, `“${meta.title}” is ${e.currentTarget.checked ? 'on' : 'off'}.`)} />
            <label for={`${p}-on`}>Check for this</label>
          </div>
          <div class="field inline">
            <label for={`${p}-severity`}>How serious</label>
            <select id={`${p}-severity`} value={view.severity} disabled={locked || !view.on}
              onChange={(e) => save({ ...view, severity: e.currentTarget.value as Severity }, `“${meta.title}” is now “${SEVERITY_LABELS[e.currentTarget.value as Severity]}”.`)}>
              {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]}{s === meta.severity ? ' (usual)' : ''}</option>)}
            </select>
          </div>
        </div>
        {options.map((k) => {
          if (OPTION_INFO[k] && typeof view.options[k] === 'number') {
            return <NumberOption key={k} id={`${p}-${k}`} optionKey={k} value={view.options[k]} disabled={locked}
              onSave={(v) => save({ ...view, options: { ...view.options, [k]: v } }, `Saved: ${OPTION_INFO[k]!.label.toLowerCase()} is ${v}.`)} />;
          }
          if (BOOLEAN_OPTION_INFO[k] && typeof view.options[k] === 'boolean') {
            return (
              <div class="check" key={k}>
                <input id={`${p}-${k}`} type="checkbox" checked={view.options[k] as boolean} disabled={locked}
                  onChange={(e) => save({ ...view, options: { ...view.options, [k]: e.currentTarget.checked } }, `Saved: ${BOOLEAN_OPTION_INFO[k]!.toLowerCase()} is ${e.currentTarget.checked ? 'on' : 'off'}.`)} />
                <label for={`${p}-${k}`}>{BOOLEAN_OPTION_INFO[k]}</label>
              </div>
            );
          }
          return null;
        })}
      </fieldset>
    </li>
  );
}

export function RulesSection(props: RulesSectionProps) {
  const changed = Object.keys(props.effective).filter((id) => !props.locked.has(id)).length;
  return (
    <div>
      <ul class="rules">
        {props.rules.map((r) => <RuleRow key={r.meta.id} rule={r} props={props} />)}
      </ul>
      {changed > 0 && (
        <button type="button" onClick={() => void props.update((s) => ({ ...s, rules: Object.fromEntries(Object.entries(s.rules).filter(([id]) => props.locked.has(id))) }), 'Every check is back to how it comes.')}>
          Put every check back to how it comes
        </button>
      )}
    </div>
  );
}
