import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Link } from './Link';
import { RouterProvider } from './router';

describe('Link with a client-side router', () => {
  it('navigates through the router on a plain click, and keeps the real href', () => {
    const navigate = vi.fn();
    render(
      <RouterProvider navigate={navigate} useHref={(href) => `/app${href}`}>
        <Link href="/orders">我的订单</Link>
      </RouterProvider>,
    );
    const link = screen.getByRole('link', { name: '我的订单' });
    expect(link).toHaveAttribute('href', '/app/orders');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(navigate).toHaveBeenCalledWith('/orders');
    expect(click.defaultPrevented).toBe(true);
  });

  it('leaves modifier clicks, other windows, other origins and external links to the browser', () => {
    const navigate = vi.fn();
    render(
      <RouterProvider navigate={navigate}>
        <Link href="/a">甲</Link>
        <Link href="/b" target="_blank">
          乙
        </Link>
        <Link href="https://example.org/c">丙</Link>
        <Link href="/d" external>
          丁
        </Link>
      </RouterProvider>,
    );
    fireEvent.click(screen.getByRole('link', { name: '甲' }), { ctrlKey: true });
    fireEvent.click(screen.getByRole('link', { name: '乙' }));
    fireEvent.click(screen.getByRole('link', { name: '丙' }));
    fireEvent.click(screen.getByRole('link', { name: /丁/ }));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('is a plain link without a router, and the host onClick still runs', () => {
    const onClick = vi.fn();
    render(
      <Link href="/x" onClick={onClick}>
        戊
      </Link>,
    );
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('link', { name: '戊' }).dispatchEvent(click);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(click.defaultPrevented).toBe(false);
  });
});
