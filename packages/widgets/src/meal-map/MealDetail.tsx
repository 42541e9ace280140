import { formatFen, navigationLinks, parseClock, telHref, type MealListItem, type MealPoint, type NavigationApp, type Translate } from '@yinfa/core';
import { Button, Cluster, ReadAloudOutlet, useReadAloudSlot } from '@yinfa/react';
import { useRef, useState, type ReactNode, type Ref } from 'react';
import { StatusLine } from './MealCard';
import { DataMessage, DataText } from './data-lang';
import { capsText, clock, describeRule, distanceText, formatDistance, money, orderDeadlineText, phoneDisplay, priceLine } from './format';

export interface MealDetailProps {
  item: MealListItem;
  n: number;
  profileGiven: boolean;
  now: Date;
  headingLevel: 2 | 3 | 4;
  headingRef: Ref<HTMLHeadingElement>;
  t: Translate;
  onBack: () => void;
  onReportError?: (point: MealPoint) => void;
  /** The host's read-aloud control for this summary; without it, the SpeechProvider's slot is used when there is one. */
  readAloud?: ReactNode;
  navigationSource?: string;
  navigationApps?: readonly NavigationApp[];
}

const NAV_KEYS: Record<NavigationApp, string> = {
  amap: 'mealMap.detail.nav.amap',
  baidu: 'mealMap.detail.nav.baidu',
  tencent: 'mealMap.detail.nav.tencent',
  geo: 'mealMap.detail.nav.geo',
};

/** The detail view: why this price, every window, call (tel:), navigate (per-app datum), report an error. */
export function MealDetail({ item, n, profileGiven, now, headingLevel, headingRef, t, onBack, onReportError, readAloud, navigationSource, navigationApps }: MealDetailProps) {
  const { point, status, price } = item;
  const [reported, setReported] = useState(false);
  // Without a host slot, the SpeechProvider's "读给我听" button (when one is mounted) reads the summary.
  const slot = useReadAloudSlot();
  const summaryRef = useRef<HTMLDivElement>(null);
  const H = `h${headingLevel}` as const;
  const H2 = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  const a = point.address;
  const priceText = priceLine(price, profileGiven, t);
  const caps = capsText(price.caps, t);
  const order = orderDeadlineText(status, now, t);
  const links = navigationLinks({ name: point.name, address: `${a.district}${a.street ?? ''}${a.detail}`, location: point.location }, { source: navigationSource, apps: navigationApps });
  const hours = point.hours;
  const sep = t('mealMap.list.sep');
  const access = [
    a.floor !== undefined && a.floor !== 1 ? (a.floor < 0 ? t('mealMap.detail.basement', { floor: -a.floor }) : t('mealMap.detail.floor', { floor: a.floor })) : null,
    point.access?.groundFloor || a.floor === 1 ? t('mealMap.detail.groundFloor') : null,
    point.access?.stepFree === true ? t('mealMap.detail.stepFree') : point.access?.stepFree === false ? t('mealMap.detail.notStepFree') : null,
    point.access?.accessibleToilet ? t('mealMap.detail.toilet') : null,
  ]
    .filter(Boolean)
    .join(sep);

  return (
    <section className="yf-meal-detail" aria-labelledby="yf-meal-detail-heading">
      <Button variant="quiet" onClick={onBack} icon={<span aria-hidden="true">←</span>}>
        {t('mealMap.detail.back')}
      </Button>
      {/* The summary the read-aloud button reads: name, type, status, distance, price and why. */}
      <div ref={summaryRef} className="yf-meal-detail__summary">
        <H id="yf-meal-detail-heading" ref={headingRef} tabIndex={-1} className="yf-meal-detail__heading">
          <span className="yf-meal-card__number" aria-hidden="true">
            {n}
          </span>{' '}
          <DataText>{point.name}</DataText>
        </H>
        <ul className="yf-meal-detail__overview">
          <li className="yf-meal-detail__type">
            {t(`mealMap.type.${point.type}`)}
            {point.status === 'trial' ? ` · ${t('mealMap.status.trial')}` : ''}
          </li>
          <StatusLine as="li" status={status} t={t} />
          {order ? <li>{order}</li> : null}
          {distanceText(item, t) ? <li>{distanceText(item, t)}</li> : null}
        </ul>

        <div className="yf-meal-detail__price">
          <p className="yf-meal-detail__price-main">
            <strong>{priceText.main}</strong>
            {priceText.was ? <span className="yf-meal-card__was">{t('common.aside', { text: priceText.was })}</span> : null}
          </p>
          {price.rule ? (
            <div className="yf-meal-detail__why">
              <H2 className="yf-meal-detail__subheading">{t('mealMap.price.why')}</H2>
              <p>{t('mealMap.price.rule', { rule: describeRule(price.rule, t), saved: formatFen(price.savedFen, { showFen: 'auto' }) })}</p>
              {caps ? <p>{t('mealMap.price.caps', { caps })}</p> : null}
              {price.residencyToCheck ? <p>{t(`mealMap.price.residency.${price.residencyToCheck}`)}</p> : null}
              {price.alternatives.length ? <p>{t('mealMap.price.alsoApplies', { rules: price.alternatives.map((c) => `${describeRule(c.rule, t)}${t('common.aside', { text: money(c.fen, t) })}`).join(sep) })}</p> : null}
            </div>
          ) : profileGiven && price.fen !== null ? (
            <p>{t('mealMap.price.noRule')}</p>
          ) : null}
          {price.maybe.length ? <p>{t('mealMap.price.maybe', { rules: price.maybe.map((r) => describeRule(r, t)).join(sep) })}</p> : null}
        </div>
      </div>

      <div className="yf-meal-detail__call">
        <H2 className="yf-meal-detail__subheading">{t('mealMap.detail.phones')}</H2>
        {point.phones.length ? (
          <Cluster as="ul" className="yf-meal-detail__actions" gap={2} align="stretch">
            {point.phones.map((p, i) => {
              const label = p.label ?? t(p.purpose === 'order' ? 'mealMap.detail.phoneOrder' : p.purpose === 'enquiry' ? 'mealMap.detail.phoneEnquiry' : 'mealMap.detail.phoneOther');
              return (
                <li key={`${p.number}-${i}`}>
                  <a className="yf-meal-action yf-meal-action--primary yf-focus-ring" href={telHref(p.number)}>
                    <span aria-hidden="true">☎ </span>
                    {t('mealMap.detail.callLabel', { label, phone: phoneDisplay(p.number, t) })}
                  </a>
                </li>
              );
            })}
          </Cluster>
        ) : (
          <p>{t('mealMap.detail.noPhone')}</p>
        )}
      </div>

      <div className="yf-meal-detail__nav">
        <H2 className="yf-meal-detail__subheading">{t('mealMap.detail.navigate')}</H2>
        <p>{t('mealMap.detail.navigateHint')}</p>
        <Cluster as="ul" className="yf-meal-detail__actions" gap={2} align="stretch">
          {links.map((l) => (
            <li key={l.app}>
              <a className="yf-meal-action yf-focus-ring" href={l.href} data-app={l.app} data-datum={l.datum} target={l.app === 'geo' ? undefined : '_blank'} rel="noopener noreferrer">
                {t(NAV_KEYS[l.app])}
              </a>
            </li>
          ))}
        </Cluster>
      </div>

      {readAloud ? (
        <div className="yf-meal-detail__read">{readAloud}</div>
      ) : slot ? (
        <div className="yf-meal-detail__read">
          <ReadAloudOutlet target={summaryRef} />
        </div>
      ) : null}

      <dl className="yf-meal-detail__facts">
        <dt>{t('mealMap.detail.address')}</dt>
        <dd>
          <DataText>
            {[a.district, a.street, a.community].filter(Boolean).join(' ')} {a.detail}
          </DataText>
          {a.landmark ? <DataMessage t={t} id="common.aside" name="text" data={a.landmark} /> : null}
          <br />
          {access}
          {point.access?.note ? (
            <>
              {access ? sep : ''}
              <DataText>{point.access.note}</DataText>
            </>
          ) : null}
        </dd>

        <dt>{t('mealMap.detail.hours')}</dt>
        <dd>
          {hours ? (
            <>
              <ul className="yf-meal-detail__list">
                {hours.windows.map((w, i) => (
                  <li key={i}>
                    {t(`mealMap.meal.${w.meal}`)} {clock(w.start)}–{clock(w.end)}
                    {(parseClock(w.end) ?? 0) < (parseClock(w.start) ?? 0) ? t('mealMap.detail.crossesMidnight') : ''}
                    {w.days ? t('common.aside', { text: w.days.map((d) => t(`mealMap.weekday.${d}`)).join(sep) }) : ''}
                  </li>
                ))}
              </ul>
              {hours.closedDays?.length ? <p>{t('mealMap.detail.closedDays', { days: hours.closedDays.map((d) => t(`mealMap.weekday.${d}`)).join(sep) })}</p> : null}
              {hours.orderAhead ? (
                <p>
                  {hours.orderAhead.daysBefore > 0
                    ? t('mealMap.detail.orderAhead', { days: t('mealMap.detail.day', { n: hours.orderAhead.daysBefore }), time: clock(hours.orderAhead.cutoff) })
                    : t('mealMap.detail.orderSameDay', { time: clock(hours.orderAhead.cutoff) })}
                </p>
              ) : null}
              {hours.note ? <p>{hours.note}</p> : null}
            </>
          ) : (
            t('mealMap.status.unknown')
          )}
        </dd>

        <dt>{t('mealMap.detail.menu')}</dt>
        <dd>
          {point.menu.length ? (
            <ul className="yf-meal-detail__list">
              {point.menu.map((m, i) => (
                <li key={i}>
                  <DataText>{m.name}</DataText> {formatFen(m.fen, { showFen: 'auto' })}
                </li>
              ))}
            </ul>
          ) : (
            t('mealMap.price.ask')
          )}
        </dd>

        <dt>{t('mealMap.detail.subsidies')}</dt>
        <dd>
          {point.subsidies.length ? (
            <ul className="yf-meal-detail__list">
              {point.subsidies.map((r, i) => {
                const c = capsText(r.caps ?? null, t);
                return (
                  <li key={i}>
                    {describeRule(r, t)}
                    {c ? t('common.aside', { text: c }) : ''}
                    {r.residency && r.residency !== 'any' ? t('common.aside', { text: t(`mealMap.price.residency.${r.residency}`) }) : ''}
                  </li>
                );
              })}
            </ul>
          ) : (
            t('mealMap.detail.noSubsidies')
          )}
        </dd>

        <dt>{t('mealMap.detail.services')}</dt>
        <dd>
          {point.services.modes.map((m) => t(`mealMap.mode.${m}`)).join(sep)}
          {point.services.modes.includes('delivery') && point.services.deliveryRadiusM ? (
            <>
              {sep}
              {t('mealMap.detail.delivery', { radius: formatDistance(point.services.deliveryRadiusM, t) })}
              {point.services.deliveryFeeFen !== undefined
                ? `${sep}${point.services.deliveryFeeFen === 0 ? t('mealMap.detail.deliveryFree') : t('mealMap.detail.deliveryFee', { fee: formatFen(point.services.deliveryFeeFen, { showFen: 'auto' }) })}`
                : ''}
            </>
          ) : null}
          {point.seats ? `${sep}${t('mealMap.detail.seats', { n: point.seats })}` : ''}
        </dd>

        {point.diet.length ? (
          <>
            <dt>{t('mealMap.detail.diet')}</dt>
            <dd>{point.diet.map((d) => t(`mealMap.diet.${d}`)).join(sep)}</dd>
          </>
        ) : null}
        {point.payment?.length ? (
          <>
            <dt>{t('mealMap.detail.payment')}</dt>
            <dd>
              <DataText>{point.payment.join(sep)}</DataText>
            </dd>
          </>
        ) : null}
      </dl>
      {point.operator ? (
        <p>
          <DataMessage t={t} id="mealMap.detail.operator" name="operator" data={point.operator} />
        </p>
      ) : null}
      {point.channel ? (
        <p>
          <DataMessage t={t} id="mealMap.detail.channel" name="channel" data={point.channel} />
        </p>
      ) : null}
      <p className="yf-meal-detail__verified">{point.lastVerifiedAt ? t('mealMap.detail.verified', { date: point.lastVerifiedAt }) : t('mealMap.detail.notVerified')}</p>
      {onReportError ? (
        reported ? (
          <p role="status">{t('mealMap.detail.reported')}</p>
        ) : (
          <Button
            variant="secondary"
            onClick={() => {
              onReportError(point);
              setReported(true);
            }}
          >
            {t('mealMap.detail.report')}
          </Button>
        )
      ) : null}
    </section>
  );
}
