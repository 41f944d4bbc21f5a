/**
 * A comment's text as readers and moderators see it: a comment is plain text, and only ever
 * becomes text nodes, line breaks and links with rel="nofollow ugc noopener", never markup.
 * @example <CommentText body={'See https://example.org.\n\nThanks'} /> // two paragraphs, one link
 */
import { commentParagraphs, type Segment } from '../../domain/comments.js';

/** A comment's text: paragraphs of text nodes, line breaks and nofollow links. */
export function CommentText(props: { body: string }) {
  const piece = (segment: Segment) => {
    switch (segment.kind) {
      case 'text':
        return segment.text;
      case 'break':
        return <br />;
      case 'link':
        return (
          <a href={segment.href} rel="nofollow ugc noopener">
            {segment.text}
          </a>
        );
    }
  };
  return (
    <>
      {commentParagraphs(props.body).map((paragraph) => (
        <p>{paragraph.map(piece)}</p>
      ))}
    </>
  );
}
