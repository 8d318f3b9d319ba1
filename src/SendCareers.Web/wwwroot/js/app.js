import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();

// "Read this to me" on Easy Read pages and the young person's debrief: loaded only where it is used.
if (document.querySelector('[data-module="sc-read-aloud"]')) {
  import('./read-aloud.js').then(m => m.initReadAloud());
}
