import { telHref, type MealListItem, type MealPointStatus, type Translate } from '@yinfa/core';
import { Button, Cluster } from '@yinfa/react';
import { DataMessage, DataText } from './data-lang';
import { distanceText, orderDeadlineText, phoneDisplay, priceLine, statusText } from './format';

export interface MealCardProps {
  item: MealListItem;
  /** The number shared with the map marker. */
  n: number;
  profileGiven: boolean;
  now: Date;
  selected: boolean;
  mapShown: boolean;
  headingLevel: 2 | 3 | 4;
  t: Translate;
  onOpen: (id: string) => void;
  onShowOnMap: (id: string) => void;
  titleRef: (id: string, el: HTMLButtonElement | null) => void;
}

/** Open now / next window: a symbol and words, never colour alone. */
export function StatusLine({ status, t, id, as: Tag = 'p' }: { status: MealPointStatus; t: Translate; id?: string; as?: 'p' | 'li' }) {
  return (
    <Tag className="yf-meal-card__status" id={id} data-status={status.state}>
      <span className="yf-meal-card__status-mark" aria-hidden="true">
        {status.state === 'open' ? '●' : status.state === 'closed' ? '○' : '!'}
      </span>{' '}
      {statusText(status, t)}
    </Tag>
  );
}

/** One meal point in the list: everything needed to choose, without opening the detail or the map. */
export function MealCard({ item, n, profileGiven, now, selected, mapShown, headingLevel, t, onOpen, onShowOnMap, titleRef }: MealCardProps) {
  const { point, status, price } = item;
  const H = `h${headingLevel}` as const;
  const priceText = priceLine(price, profileGiven, t);
  const order = orderDeadlineText(status, now, t);
  const phone = point.phones[0];
  const titleId = `yf-meal-card-${n}`;
  return (
    <li className="yf-meal-card" data-selected={selected ? '' : undefined} data-status={status.state}>
      <article aria-labelledby={titleId}>
        <H className="yf-meal-card__heading">
          <span className="yf-meal-card__number" aria-hidden="true">
            {n}
          </span>
          <button
            type="button"
            id={titleId}
            ref={(el) => titleRef(point.id, el)}
            className="yf-meal-card__title yf-focus-ring"
            aria-describedby={`${titleId}-status`}
            onClick={() => onOpen(point.id)}
          >
            <span className="yf-visually-hidden">{t('mealMap.card.number', { n })} </span>
            <DataText>{point.name}</DataText>
          </button>
        </H>
        {/* Facts about the point, one a line: a list (MIIT APP 1.2's paragraph spacing is for running text, not these). */}
        <ul className="yf-meal-card__facts">
          <li className="yf-meal-card__type">
            {t(`mealMap.type.${point.type}`)}
            {point.status === 'trial' ? ` · ${t('mealMap.status.trial')}` : ''}
          </li>
          <li className="yf-meal-card__distance">{distanceText(item, t) ?? t('mealMap.card.noDistance')}</li>
          <StatusLine as="li" id={`${titleId}-status`} status={status} t={t} />
          {order ? <li className="yf-meal-card__order">{order}</li> : null}
          <li className="yf-meal-card__price">
            <strong>{priceText.main}</strong>
            {priceText.was ? <span className="yf-meal-card__was">{t('common.aside', { text: priceText.was })}</span> : null}
            {profileGiven && price.fen !== null && price.reason === 'not-eligible' ? <span className="yf-meal-card__was">{t('common.aside', { text: t('mealMap.price.noRule') })}</span> : null}
          </li>
          {!profileGiven && price.fen !== null && point.subsidies.length > 0 ? <li className="yf-meal-card__hint">{t('mealMap.price.fillIn')}</li> : null}
        </ul>
        <Cluster as="ul" className="yf-meal-card__tags" gap={2} align="stretch" aria-label={t('mealMap.card.tags')}>
          {point.services.modes.map((m) => (
            <li key={m} className="yf-meal-card__tag" data-kind="mode">
              {t(`mealMap.mode.${m}`)}
            </li>
          ))}
          {point.diet.map((d) => (
            <li key={d} className="yf-meal-card__tag" data-kind="diet">
              {t(`mealMap.diet.${d}`)}
            </li>
          ))}
          {point.access?.stepFree ? (
            <li className="yf-meal-card__tag" data-kind="access">
              {t('mealMap.filters.stepFree')}
            </li>
          ) : null}
        </Cluster>
        {item.deliversHere !== null && point.services.modes.includes('delivery') ? (
          <p className="yf-meal-card__delivery">{item.deliversHere ? t('mealMap.card.deliversHere') : t('mealMap.card.noDeliveryHere')}</p>
        ) : null}
        <Cluster className="yf-meal-card__actions" gap={2} align="stretch">
          {phone ? (
            <a className="yf-meal-action yf-focus-ring" href={telHref(phone.number)}>
              <span aria-hidden="true">☎ </span>
              {t('mealMap.card.call')} {phoneDisplay(phone.number, t)}
              <span className="yf-visually-hidden">
                <DataMessage t={t} id="mealMap.card.callNamed" name="name" data={point.name} />
              </span>
            </a>
          ) : null}
          {/* The name is in the button's text, not an aria-label, so it keeps its own language; the visible words
              start the accessible name (WCAG 2.5.3 Label in Name). */}
          <Button variant="secondary" onClick={() => onOpen(point.id)}>
            <span aria-hidden="true">{t('mealMap.card.details')}</span>
            <span className="yf-visually-hidden">
              <DataMessage t={t} id="mealMap.card.detailsNamed" name="name" data={point.name} />
            </span>
          </Button>
          {mapShown ? (
            <Button variant="secondary" onClick={() => onShowOnMap(point.id)}>
              <span aria-hidden="true">{t('mealMap.card.showOnMap')}</span>
              <span className="yf-visually-hidden">
                <DataMessage t={t} id="mealMap.card.showOnMapNamed" name="name" data={point.name} />
              </span>
            </Button>
          ) : null}
        </Cluster>
      </article>
    </li>
  );
}
