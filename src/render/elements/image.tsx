/**
 * A responsive image with its caption and credit (also used for the hero).
 */
import type { ImageView } from '../views.js';

export function Picture(props: { image: ImageView; sizes: string; priority?: boolean; class?: string }) {
  const { image } = props;
  return (
    <img
      src={image.src}
      srcset={image.srcset}
      sizes={props.sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      class={props.class}
      loading={props.priority ? undefined : 'lazy'}
      decoding={props.priority ? undefined : 'async'}
      fetchpriority={props.priority ? 'high' : undefined}
    />
  );
}

export function Figure(props: { image: ImageView; sizes: string; priority?: boolean; class?: string }) {
  const { image } = props;
  return (
    <figure class={props.class}>
      <Picture image={image} sizes={props.sizes} priority={props.priority ?? false} />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span class="credit">© {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
