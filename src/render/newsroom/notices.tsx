/**
 * The outcome of the last action on a newsroom page: a failure (announced at once) and/or a
 * confirmation (announced politely). Renders nothing when there is neither.
 */
export function Notices(props: { error?: string | null | undefined; notice?: string | null | undefined }) {
  return (
    <>
      {props.error ? (
        <p class="message error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.notice ? (
        <p class="message ok" role="status">
          {props.notice}
        </p>
      ) : null}
    </>
  );
}
