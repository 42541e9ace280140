import { createMemoryBookingAdapter, resolveRegion } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServiceBooking } from './ServiceBooking';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');

describe('ServiceBooking hotline', () => {
  it('defaults to the region’s elder-care hotline: 12349 nationally, the city’s own when its region says so', async () => {
    const { unmount } = render(<ServiceBooking adapter={createMemoryBookingAdapter()} now={() => NOW} />);
    expect((await screen.findAllByRole('link', { name: '拨打 12349' }))[0]).toHaveAttribute('href', 'tel:12349');
    unmount();
    render(
      <YinfaProvider region={resolveRegion({ id: 'suzhou', hotlines: { elderCare: '0512-6522 1234' } })}>
        <ServiceBooking adapter={createMemoryBookingAdapter()} now={() => NOW} />
      </YinfaProvider>,
    );
    expect((await screen.findAllByRole('link', { name: '拨打 0512-6522 1234' }))[0]).toHaveAttribute('href', 'tel:051265221234');
  });

  it('a hotline prop wins over the region', async () => {
    render(
      <YinfaProvider region={resolveRegion({ hotlines: { elderCare: '0512-6522 1234' } })}>
        <ServiceBooking adapter={createMemoryBookingAdapter()} now={() => NOW} hotline="96345" />
      </YinfaProvider>,
    );
    expect((await screen.findAllByRole('link', { name: '拨打 96345' }))[0]).toHaveAttribute('href', 'tel:96345');
  });
});
