// A new app team's first page, written the way README.md says: tokens.css, the provider, a form and the booking
// widget. No @yinfa/react/styles.css: each component brings its own stylesheet (the browser build). Built with Vite
// from the packed tarballs.
import '@yinfa/tokens/tokens.css';
import '@yinfa/widgets/styles.css';
import { StrictMode, version } from 'react';
import { createRoot } from 'react-dom/client';
import { AmountField, Button, PhoneField, TextField, YinfaProvider } from '@yinfa/react';
import { ServiceBooking, createMemoryBookingAdapter } from '@yinfa/widgets/service-booking';

const adapter = createMemoryBookingAdapter();

function App() {
  return (
    <YinfaProvider mode="elder" locale="zh-CN">
      <main data-react-version={version}>
        <h1>转账</h1>
        <form onSubmit={(e) => e.preventDefault()}>
          <TextField label="收款人姓名" />
          <PhoneField label="收款人手机号" />
          <AmountField label="转账金额" />
          <Button type="submit">下一步</Button>
        </form>
        <ServiceBooking adapter={adapter} />
      </main>
    </YinfaProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
