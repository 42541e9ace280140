/**
 * dist/yinfa-preferences.js (`@yinfa/dom/preferences.js`): a classic script for the <head> of a page no server
 * renders. It applies the saved mode and text scale to <html> before the first paint, so an older person who
 * chose 长辈模式 never sees the page flash small first. An external file, so a strict Content-Security-Policy
 * (`script-src 'self'`) allows it with no 'unsafe-inline' and no nonce. Options from its own data attributes:
 * <script src="/yinfa-preferences.js" data-key="yinfa:preferences" data-cookie="yinfa-prefs" data-storage="local"></script>
 */
import { applySavedPreferences } from '../src/preferences';

const data = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
applySavedPreferences({ key: data.key || undefined, cookie: data.cookie || undefined, storage: data.storage === 'session' ? 'session' : 'local' });
