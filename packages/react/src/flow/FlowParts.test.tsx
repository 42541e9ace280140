import type { FlowDefinition } from '@yinfa/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { YinfaProvider } from '../provider';
import { TextField } from '../text-field/TextField';
import { Confirmation } from './Confirmation';
import { Flow, FlowStep, QuestionPage } from './Flow';
import { ConfirmationPanel, FlowActions, LinkButton } from './FlowParts';
import { useFlow } from './useFlow';

type A = { name?: string; town?: string };
const def: FlowDefinition<A> = {
  id: 'parts',
  steps: [
    { id: 'name', fields: ['name'], validate: (a) => (a.name ? [] : [{ field: 'name', message: 'err.name', values: { n: 1 } }]) },
    { id: 'town', fields: ['town'] },
  ],
};

/** Question pages with no per-page wiring: everything comes from the Flow. */
function Bare({ loading = false }: { loading?: boolean }) {
  const flow = useFlow<A>({ definition: def, draft: false, history: false });
  return (
    <Flow flow={flow} caption="Caption words" footer={<p>Call 12349</p>} errorText={(e) => `words for ${e.message} ${e.values?.n}`} fieldId={(f) => `id-${f}`}>
      <FlowStep id="name">
        <QuestionPage title="Your name">
          <TextField id="id-name" label="Name" value={flow.answers.name ?? ''} onChange={(e) => flow.setAnswers({ name: e.target.value })} />
        </QuestionPage>
      </FlowStep>
      <FlowStep id="town">
        {loading ? <Loading /> : <QuestionPage title="Your town" progress={null} footer="Own footer" />}
      </FlowStep>
    </Flow>
  );
}

/** A page whose loading heading is replaced by the loaded one (a different element) once "data" arrives. */
function Loading() {
  const [ready, setReady] = useState(false);
  return ready ? (
    <QuestionPage>
      <h1 data-yf-page-heading="">Town (loaded)</h1>
    </QuestionPage>
  ) : (
    <QuestionPage title="Town (loading)">
      <button type="button" onClick={() => setReady(true)}>
        arrive
      </button>
    </QuestionPage>
  );
}

describe('QuestionPage reads the Flow', () => {
  it('takes progress, back, continue, errors, caption and footer from the Flow; props given win', async () => {
    render(
      <YinfaProvider>
        <Bare />
      </YinfaProvider>,
    );
    expect(screen.getByText('Caption words')).toBeInTheDocument();
    expect(screen.getByText('Call 12349')).toBeInTheDocument();
    expect(screen.getByText(/^第 1 步，共 \d 步$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull(); // nothing to go back to
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: 'words for err.name 1' })).toHaveAttribute('href', '#id-name');
    await userEvent.type(screen.getByLabelText('Name'), 'Li');
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your town' })).toHaveFocus();
    expect(screen.queryByText(/第 2 步/)).toBeNull(); // progress={null} given
    expect(screen.getByText('Own footer')).toBeInTheDocument();
    expect(screen.queryByText('Call 12349')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your name' })).toHaveFocus();
  });

  it('a replaced heading passes focus to the new one instead of dropping it to the body', async () => {
    render(
      <YinfaProvider>
        <Bare loading />
      </YinfaProvider>,
    );
    await userEvent.type(screen.getByLabelText('Name'), 'Li{Enter}');
    const loadingHeading = await screen.findByRole('heading', { level: 1, name: 'Town (loading)' });
    expect(loadingHeading).toHaveFocus();
    act(() => screen.getByRole('button', { name: 'arrive' }).click()); // a click in code: focus stays on the heading
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Town (loaded)' })).toHaveFocus());
  });

  it('does not take focus back once the user has moved on', async () => {
    render(
      <YinfaProvider>
        <Bare loading />
      </YinfaProvider>,
    );
    await userEvent.type(screen.getByLabelText('Name'), 'Li{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Town (loading)' });
    const arrive = screen.getByRole('button', { name: 'arrive' });
    arrive.focus();
    await userEvent.click(arrive); // the user's own focus was on the button that went away
    await screen.findByRole('heading', { level: 1, name: 'Town (loaded)' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('heading', { level: 1, name: 'Town (loaded)' })).not.toHaveFocus();
  });
});

describe('public flow parts', () => {
  it('FlowActions, LinkButton and ConfirmationPanel render their public classes and pass props on', async () => {
    let pressed = 0;
    render(
      <YinfaProvider>
        <ConfirmationPanel title="已提交" tone={'odd' as never}>
          <p>body</p>
        </ConfirmationPanel>
        <FlowActions data-testid="actions" className="host">
          <LinkButton onClick={() => (pressed += 1)} aria-expanded={false}>
            换一天
          </LinkButton>
        </FlowActions>
      </YinfaProvider>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: '已提交' });
    expect(heading).toHaveAttribute('data-yf-page-heading');
    expect(heading.parentElement).toHaveAttribute('data-tone', 'success'); // an odd tone falls back
    expect(screen.getByTestId('actions')).toHaveClass('yf-question__actions', 'host');
    const button = screen.getByRole('button', { name: '换一天' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveClass('yf-link-button');
    await userEvent.click(button);
    expect(pressed).toBe(1);
  });

  it('Confirmation is built on ConfirmationPanel', () => {
    render(
      <YinfaProvider>
        <Confirmation title="预约成功" tone="pending" reference="YF1" />
      </YinfaProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: '预约成功' }).parentElement).toHaveAttribute('data-tone', 'pending');
  });
});
