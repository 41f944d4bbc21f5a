/**
 * The rows the desk's settings forms repeat: a field with its label and the hint that
 * describes it, and a set of radio choices under a legend.
 * @example <FieldRow id="debate-opens" name="opensAt" type="datetime-local" label={label} value={value} hint={hint} />
 * @example <Choices legend={legend} name="mode" options={['open', 'closed']} checked="open" label={(mode) => t.t(`…${mode}`)} />
 */

/**
 * A field with a hint: its label, the input, and the hint below it that the input is described
 * by (`aria-describedby`), marked invalid when the form's error is about it.
 */
export function FieldRow(props: {
  id: string;
  name: string;
  type: 'datetime-local';
  label: string;
  value: string;
  hint: string;
  /** 'true' when the form's error is about this field. */
  invalid?: 'true' | undefined;
}) {
  const hint = `${props.id}-hint`;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        aria-describedby={hint}
        aria-invalid={props.invalid}
      />
      <p class="hint" id={hint}>
        {props.hint}
      </p>
    </>
  );
}

/** Radio choices under a legend (with an optional hint first), one labelled input per option. */
export function Choices<Option extends string>(props: {
  legend: string;
  hint?: string;
  name: string;
  options: readonly Option[];
  checked: Option;
  label: (option: Option) => string;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.hint === undefined ? null : <p class="hint">{props.hint}</p>}
      {props.options.map((option) => (
        <label class="choice">
          <input type="radio" name={props.name} value={option} checked={props.checked === option} />
          {props.label(option)}
        </label>
      ))}
    </fieldset>
  );
}
