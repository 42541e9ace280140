// A server component page: the provider, a form and the booking widget are rendered on the server,
// then hydrated. @yinfa/react's modules carry "use client", so a server page can use them directly.
import { AmountField, Button, PhoneField, TextField, YinfaProvider } from '@yinfa/react';
import { Booking } from './booking';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <YinfaProvider mode="elder" locale="zh-CN">
      <main>
        <h1>转账</h1>
        <form>
          <TextField label="收款人姓名" />
          <PhoneField label="收款人手机号" />
          <AmountField label="转账金额" />
          <Button type="submit">下一步</Button>
        </form>
        <Booking />
      </main>
    </YinfaProvider>
  );
}
