import { createMemoryDraftStorage, type FlowDefinition } from '@yinfa/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YinfaProvider } from '../provider';
import { TextField } from '../text-field/TextField';
import { ErrorSummary } from './ErrorSummary';
import { Flow, FlowStep, QuestionPage } from './Flow';
import { TimeoutWarning } from './TimeoutWarning';
import { useFlow, type FlowDraftOptions } from './useFlow';

type A = { name?: string; phone?: string; colour?: string };
const def: FlowDefinition<A> = {
  id: 'unit',
  checkStep: 'check',
  steps: [
    { id: 'name', fields: ['name'], validate: (a) => (a.name ? [] : [{ field: 'name', message: 'Enter a name' }]) },
    { id: 'phone', fields: ['phone', 'colour'] },
    { id: 'check' },
  ],
};

function Harness({ draft, history = false }: { draft?: FlowDraftOptions | false; history?: boolean }) {
  const flow = useFlow<A>({ definition: def, draft, history });
  const errors = flow.errors.map((e) => ({ field: `f-${e.field}`, message: e.message }));
  return (
    <Flow flow={flow}>
      <FlowStep id="name">
        <QuestionPage title="Name" errors={errors} errorFocusKey={flow.state.errorCount} onContinue={flow.next} documentTitle="Name – booking">
          <TextField id="f-name" label="Name" error={flow.errors[0]?.message} value={flow.answers.name ?? ''} onChange={(e) => flow.setAnswers({ name: e.target.value })} />
        </QuestionPage>
      </FlowStep>
      <FlowStep id="phone">
        <QuestionPage title="Phone" onBack={flow.back} onContinue={flow.next}>
          <TextField id="f-phone" label="Phone" value={flow.answers.phone ?? ''} onChange={(e) => flow.setAnswers({ phone: e.target.value })} />
          <TextField id="f-colour" label="Colour" value={flow.answers.colour ?? ''} onChange={(e) => flow.setAnswers({ colour: e.target.value })} />
        </QuestionPage>
      </FlowStep>
      <FlowStep id="check">
        <QuestionPage title="Check" onBack={flow.back} onContinue={() => flow.markSubmitted('R1')} continueLabel="Send" />
      </FlowStep>
      {flow.submittedView ? <p>submitted {flow.state.reference}</p> : null}
    </Flow>
  );
}

afterEach(() => {
  vi.useRealTimers();
  document.title = '';
});

describe('QuestionPage and ErrorSummary', () => {
  it('shows the summary on continue, focuses it, links to the field and prefixes the title', async () => {
    render(<Harness draft={false} />);
    expect(document.title).toBe('Name – booking');
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(document.title).toBe('错误：Name – booking');
    const link = screen.getByRole('link', { name: 'Enter a name' });
    expect(link).toHaveAttribute('href', '#f-name');
    await userEvent.click(link);
    expect(screen.getByLabelText('Name')).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Name'), '王');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe('Name – booking');
  });

  it('Enter in a text box continues, and the new heading takes focus', async () => {
    render(<Harness draft={false} />);
    await userEvent.type(screen.getByLabelText('Name'), '王{Enter}');
    expect(screen.getByRole('heading', { name: 'Phone' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(screen.getByLabelText('Name')).toHaveValue('王');
  });

  it('standalone ErrorSummary restores the title when it goes away', () => {
    document.title = 'Page';
    const { rerender } = render(<ErrorSummary errors={[{ field: 'x', message: 'Wrong' }]} />);
    expect(document.title).toBe('错误：Page');
    rerender(<ErrorSummary errors={[]} />);
    expect(document.title).toBe('Page');
  });

  it('ignores malformed errors instead of throwing', () => {
    render(<ErrorSummary errors={[null as never, { field: 'a', message: '' }, { field: 'b', message: 'ok' }]} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});

describe('draft keeping', () => {
  it('restores answers after a reload, without sensitive fields', async () => {
    const storage = createMemoryDraftStorage();
    const first = render(<Harness draft={{ storage, sensitive: ['phone'] }} />);
    await userEvent.type(screen.getByLabelText('Name'), '王{Enter}');
    await userEvent.type(screen.getByLabelText('Phone'), '13800138000');
    await userEvent.type(screen.getByLabelText('Colour'), 'red');
    expect(JSON.stringify(storage.dump())).not.toContain('13800138000');
    first.unmount();

    render(<Harness draft={{ storage, sensitive: ['phone'] }} />);
    expect(await screen.findByLabelText('Colour')).toHaveValue('red');
    expect(screen.getByLabelText('Phone')).toHaveValue('');
  });

  it('clears the draft on submit, leaving only the reference', async () => {
    const storage = createMemoryDraftStorage();
    render(<Harness draft={{ storage }} />);
    await userEvent.type(screen.getByLabelText('Name'), '王{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('submitted R1')).toBeInTheDocument();
    const dump = JSON.stringify(storage.dump());
    expect(dump).not.toContain('王');
    expect(dump).toContain('R1');
  });

  it('uses sessionStorage by default and localStorage only on request', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const a = render(<Harness />);
    await userEvent.type(screen.getByLabelText('Name'), '李');
    expect(sessionStorage.getItem('yinfa:draft:unit')).toContain('李');
    expect(localStorage.length).toBe(0);
    a.unmount();
    sessionStorage.clear();
    render(<Harness draft={{ storage: 'local' }} />);
    await userEvent.type(screen.getByLabelText('Name'), '张');
    expect(localStorage.getItem('yinfa:draft:unit')).toContain('张');
    localStorage.clear();
  });
});

describe('browser history', () => {
  it('Back in the browser returns to the previous question, and Back after submit never reopens the form', async () => {
    render(<Harness draft={false} history />);
    await userEvent.type(screen.getByLabelText('Name'), '王{Enter}');
    expect(window.history.state.__yinfaFlow).toMatchObject({ step: 'phone' });
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByLabelText('Name')).toHaveValue('王');
    await act(async () => {
      window.history.forward();
      await new Promise((r) => setTimeout(r, 50));
    });
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByText('submitted R1')).toBeInTheDocument();
  });
});

describe('TimeoutWarning (WCAG 2.2.1)', () => {
  function Clocked(props: Partial<Parameters<typeof TimeoutWarning>[0]>) {
    return (
      <YinfaProvider>
        <TimeoutWarning timeoutMs={60_000} warnBeforeMs={20_000} {...props} />
      </YinfaProvider>
    );
  }

  it('warns 20 s ahead, extends on Stay at least 10 times, and pauses without losing anything', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const onExtend = vi.fn();
    const onTimeout = vi.fn();
    render(<Clocked onExtend={onExtend} onTimeout={onTimeout} maxExtensions={3} />); // raised to 10
    await act(async () => void vi.advanceTimersByTime(39_000));
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(async () => void vi.advanceTimersByTime(1_500));
    for (let i = 1; i <= 10; i++) {
      expect(screen.getByRole('dialog')).toHaveTextContent(/暂停/);
      fireEvent.click(screen.getByRole('button', { name: '继续填写' }));
      expect(onExtend).toHaveBeenLastCalledWith(i);
      await act(async () => void vi.advanceTimersByTime(41_000));
    }
    // after 10 extensions the warning no longer offers Stay; the time runs out and the page pauses
    await act(async () => void vi.advanceTimersByTime(25_000));
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(screen.getByText('页面已暂停')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '继续填写' }));
    expect(screen.queryByText('页面已暂停')).toBeNull();
  });

  it('counts on the monotonic clock: a device clock moved forward or back neither ends nor hides the session warning', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const onTimeout = vi.fn();
    render(<Clocked onTimeout={onTimeout} resetOnActivity={false} />);
    await act(async () => void vi.advanceTimersByTime(10_000));
    vi.setSystemTime(Date.now() + 86_400_000); // a day forward: a wall-clock count would expire at once
    await act(async () => void vi.advanceTimersByTime(1_000));
    expect(onTimeout).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    vi.setSystemTime(Date.now() - 2 * 86_400_000); // then back: a wall-clock count would never warn
    await act(async () => void vi.advanceTimersByTime(30_000));
    expect(screen.getByRole('dialog')).toHaveTextContent(/暂停/);
  });

  it('activity before the warning restarts the count', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    render(<Clocked />);
    await act(async () => void vi.advanceTimersByTime(35_000));
    fireEvent.keyDown(document.body, { key: 'a' });
    await act(async () => void vi.advanceTimersByTime(35_000));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
