/**
 * Guards the unit-react18 project: the components under test, Testing Library and the test itself all see
 * React 18.3 (one copy — hooks would throw with two).
 */
import { render, screen } from '@testing-library/react';
import { version, useId } from 'react';
import { version as domVersion } from 'react-dom';
import { Button, YinfaProvider } from '@yinfa/react';

function Probe() {
  return <span data-testid="id">{useId()}</span>;
}

describe('unit-react18', () => {
  it('runs on React 18.3 with one copy of React', () => {
    expect(version).toMatch(/^18\.3\./);
    expect(domVersion).toMatch(/^18\.3\./);
    render(
      <YinfaProvider mode="elder">
        <Probe />
        <Button>确认</Button>
      </YinfaProvider>,
    );
    expect(screen.getByRole('button', { name: '确认' })).toBeInTheDocument();
    expect(screen.getByTestId('id').textContent).toMatch(/^:r\w*:$/); // React 18's useId format (19 uses «r…»)
  });
});
