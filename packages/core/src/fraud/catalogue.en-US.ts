// en-US text of the built-in scam entries (./catalogue.ts), in a module of their own so the script-tag builds
// can load them on demand (packages/elements/src/locale-packs.ts): a zh-CN page does not download them.
import type { BuiltInScamTexts } from './catalogue';

export const scamEntriesEnUS: BuiltInScamTexts = {
  'impersonate-police': {
    title: 'Fake police, prosecutors or courts',
    scammerSays: '“This is the police. Your ID card was used for money laundering. Move your money to a safe account for checking.”',
    neverDoes: 'Real police, prosecutors and judges never handle cases by phone, never ask you to transfer money, and there is no “safe account”.',
    action: 'Hang up. Call 110 or go to a police station to check.',
    examples: [
      'They send you a “wanted notice” or “arrest warrant” and tell you to keep it secret from your family.',
      'They ask you to install a “police” app or to make a video call “for a statement”.',
      'The call comes from a number starting with 00 or +, which is overseas.',
    ],
  },
  'fake-customer-service': {
    title: 'Fake shop or courier customer service',
    scammerSays: '“Your parcel was lost and we will compensate you. Please share your screen and I will guide you through the refund.”',
    neverDoes: 'Real refunds go back the way you paid. Real customer service never asks you to share your screen, install a meeting app or pay first.',
    action: 'Hang up. Find the official customer service inside the shopping app yourself.',
    examples: [
      'They say the item you bought is faulty and offer double compensation.',
      'They say you signed up for a membership by mistake and will be charged every month.',
      'They ask you to install a meeting app and turn on screen sharing.',
    ],
  },
  'impersonate-relative': {
    title: 'Fake family members or friends',
    scammerSays: '“Mum, I have a new number. Something urgent happened. Don’t tell Dad, just send me some money.”',
    neverDoes: 'Voices and video can now be faked with AI. A real family member will not mind if you hang up and call back to check.',
    action: 'Hang up and call your family member on the number you already have, or ask something only you two know.',
    examples: [
      'The video shows your child’s face but hangs up after a few seconds.',
      'They say they had a car accident or were detained far away and need money now.',
      'Someone says they are your child’s teacher or classmate and your child is in hospital.',
    ],
  },
  'fake-investment': {
    title: 'Fake investments',
    scammerSays: '“Follow our teacher’s picks. No risk, double your money in a month. Places are limited.”',
    neverDoes: 'Real investments never promise safe high returns, never ask you to pay into a personal account, and never give tips in chat groups.',
    action: 'Stop first. Ask staff at a bank branch, or call 96110 for advice.',
    examples: [
      'You win a little at first, then they ask for a big sum, and then you cannot take it out.',
      'They say you must pay a “deposit” or an “unfreezing fee” to withdraw.',
      'They add you to a “stock group” where everyone says they made money.',
    ],
  },
  'elderly-care-investment': {
    title: 'Elderly-care investments, home-equity schemes and illegal fundraising',
    scammerSays: '“Invest in a retirement flat: 15% a year, and we buy it back at the full price later.”',
    neverDoes: 'Real care homes never ask you to invest, never promise high returns, and never ask you to mortgage your home to invest.',
    action: 'Before you sign, pay or mortgage your home, talk to your children, or call 96110 for advice.',
    examples: [
      'They sell care-home “VIP cards” or “membership cards”: pay now, move in later.',
      'They ask you to mortgage your home and buy their investment product.',
      'They say it is a “government-backed elderly-care project” with places only for insiders.',
    ],
  },
  'health-products': {
    title: 'Health products, free check-ups and free trips',
    scammerSays: '“Free check-up, free trip. Our expert says our product will cure your illness.”',
    neverDoes: 'Health supplements are not medicine and cure nothing. Real hospitals never sell medicine at talks or ask you to pay on the spot.',
    action: 'Do not pay on the spot. Ask your doctor and your family first.',
    examples: [
      'They give you eggs or small gifts, then invite you to a “health talk”.',
      'An “expert” says you are seriously ill and need a whole year of their product.',
      'They organise a cheap or free trip and sell expensive products on the way.',
    ],
  },
  'task-rebate': {
    title: 'Paid “tasks” and order brushing',
    scammerSays: '“Earn money from home with a few taps. Pay first, and we refund you with commission right away.”',
    neverDoes: 'Fake orders are illegal in themselves. Any “part-time job” that asks you to pay first is a scam.',
    action: 'Do not pay and do not install unknown apps. If you already paid, call 110 now.',
    examples: [
      'The first task paid out, then they say you must finish a “set” before you can withdraw.',
      'They say you made a mistake and your account is frozen until you pay to “unfreeze” it.',
      'You get commission for liking and following videos.',
    ],
  },
  'fake-loan-credit': {
    title: 'Fake loans and credit records',
    scammerSays: '“Low-interest loan, no security needed. Just pay the fee and a verification deposit first.”',
    neverDoes: 'Real lenders never charge anything before paying out. Nobody can “repair” or “delete” a credit record for money.',
    action: 'Borrow only from a bank or a licensed lender. For credit-record questions, call your bank’s official number.',
    examples: [
      'They say you typed your card number wrong, your account is frozen, and you must pay to unfreeze it.',
      'They say you once opened a “student loan” account that will hurt your credit unless closed.',
      'Before paying out, they ask you to transfer a “verification deposit” to prove you can repay.',
    ],
  },
};
