import { completeLogin } from '../auth.js';
import { t } from '../i18n.js';
import { el, frame } from '../layout.js';

const main = frame(null);
completeLogin()
  .then((next) => location.replace(next))
  .catch((error) => {
    main.replaceChildren(el('p', { class: 'problem', role: 'alert' }, t('login.failed', { reason: error.message })),
      el('p', {}, el('a', { href: '/' }, t('nav.campaigns'))));
  });
