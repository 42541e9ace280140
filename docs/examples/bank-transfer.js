// The bank's own page script (a same-origin file: no inline code under the CSP). Yinfa needs only the
// element tags above and these few lines: open the guard, listen for the decision, show the confirm.
const form = document.getElementById('transfer');
const guard = document.querySelector('yinfa-transfer-guard');
const confirmStep = document.getElementById('confirm-step');
const result = document.getElementById('result');
const error = document.getElementById('form-error');

/** Yuan text → 分 (the bank's own parser in real life; "5万", "1,000.50" and full-width digits allowed here). */
function toFen(text) {
  const t = String(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，\s元]/g, '');
  const m = t.match(/^(\d+(?:\.\d{1,2})?)(万)?$/);
  if (!m) return null;
  const fen = Math.round(Number(m[1]) * 100 * (m[2] ? 10000 : 1));
  return fen > 0 ? fen : null;
}

/** Stands in for the bank's server-side risk check: which scams this transfer looks like, and how strongly. */
function riskCheck({ amountFen, memo, newPayee }) {
  const types = [];
  if (/安全账户|公安|检察|法院/.test(memo)) types.push('impersonate-police');
  if (/客服|退款|理赔/.test(memo)) types.push('fake-customer-service');
  if (/投资|理财|收益/.test(memo)) types.push('fake-investment');
  const level = types.length || (newPayee && amountFen >= 5_000_000) ? 'intervene' : newPayee && amountFen >= 500_000 ? 'warn' : 'none';
  return { level, scamTypes: types.length ? types : ['impersonate-police'] };
}

let pending = null;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const amountFen = toFen(data.get('amount'));
  const payee = String(data.get('payee') ?? '').trim();
  if (!payee || !amountFen) {
    error.hidden = false;
    error.textContent = !payee ? '请填写收款人姓名。' : '请填写正确的金额，例如 500 或 5万。';
    return;
  }
  error.hidden = true;
  pending = { payee, amountFen, account: String(data.get('account') ?? '') };
  const risk = riskCheck({ amountFen, memo: String(data.get('memo') ?? ''), newPayee: data.get('newPayee') === 'on' });
  if (risk.level === 'intervene') {
    guard.assessment = risk;
    guard.open = true;
  } else {
    showConfirm();
  }
});

guard.addEventListener('yinfa-transfer-decision', (event) => {
  if (event.detail.decision === 'continue') showConfirm(event.detail.delayedArrival);
  else result.textContent = '这笔转账已取消，钱没有转出。';
});

function showConfirm(delayed = false) {
  const last4 = pending.account.replace(/\D/g, '').slice(-4);
  const confirm = document.createElement('yinfa-amount-confirm');
  confirm.setAttribute('payee-bank', '示例银行');
  confirm.setAttribute('amount-fen', String(pending.amountFen));
  confirm.setAttribute('payee-name', pending.payee);
  if (last4) confirm.setAttribute('payee-account', `**** **** **** ${last4}`);
  confirm.addEventListener('yinfa-confirm', () => {
    confirmStep.hidden = true;
    confirmStep.replaceChildren();
    result.textContent = '转账已提交。';
  });
  confirm.addEventListener('yinfa-back', () => {
    confirmStep.hidden = true;
    confirmStep.replaceChildren();
    form.hidden = false;
    document.getElementById('amount').focus();
  });
  confirmStep.replaceChildren(confirm);
  form.hidden = true;
  confirmStep.hidden = false;
  result.textContent = delayed ? '已选择延时到账：24 小时后到账，期间可以撤销。' : '';
}
