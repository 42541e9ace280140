import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx, hasContent } from '../utils/cx';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** A line under the title. */
  description?: ReactNode;
  footer?: ReactNode;
  /** section (default, named by its title), article, or div. */
  as?: 'section' | 'article' | 'div' | 'li';
  tone?: 'plain' | 'surface';
}

/** A bordered block of related content with a heading. Flat (MIIT web spec: avoid shadow and texture). */
export const Card = forwardRef<HTMLElement, CardProps>(function Card(
  { title, headingLevel = 2, description, footer, as: Tag = 'section', tone = 'plain', className, children, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  const headingId = rest.id ? `${rest.id}-title` : undefined;
  return (
    <Tag
      {...rest}
      ref={ref as never}
      className={cx('yf-card', className)}
      data-tone={tone}
      aria-labelledby={Tag === 'section' && headingId && hasContent(title) ? headingId : rest['aria-labelledby']}
    >
      {hasContent(title) ? (
        <Heading className="yf-card__title" id={headingId}>
          {title}
        </Heading>
      ) : null}
      {hasContent(description) ? <p className="yf-card__description">{description}</p> : null}
      {hasContent(children) ? <div className="yf-card__body">{children}</div> : null}
      {hasContent(footer) ? <div className="yf-card__footer">{footer}</div> : null}
    </Tag>
  );
});
