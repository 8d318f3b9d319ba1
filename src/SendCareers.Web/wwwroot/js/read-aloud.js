// "Read this to me": reads a page's main content aloud, sentence by sentence, with the browser's own
// speech synthesis (nothing is sent anywhere), and highlights the sentence being read. Progressive
// enhancement: the server renders an empty, hidden placeholder; without script nothing shows. Where the
// browser has no speech synthesis, or no voice, the control says so instead of a button that fails.

const BLOCKS = 'h1, h2, h3, p, li, legend, .govuk-hint, .sc-picture-choice__text';
const SKIP = 'nav, .govuk-breadcrumbs, .sc-page-meta, .sc-who-may-use, .sc-read-aloud, [data-read-aloud-skip], .govuk-visually-hidden';
const HIGHLIGHT = 'sc-read-aloud';

/** The sentences of one block of text, each with its start and end in the block's textContent. */
export function sentencesOf(text) {
  const found = [];
  const pattern = /[^.!?]+(?:[.!?]+["'’”)\]]*|$)/g;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) {
      const start = match.index + lead;
      found.push({ text: trimmed.replace(/\s+/g, ' '), start, end: start + trimmed.length });
    }
  }

  return found;
}

function visible(element) {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Every sentence to read under root, in reading order, with the element it belongs to. */
function collect(root) {
  const blocks = [...root.querySelectorAll(BLOCKS)]
    .filter(b => !b.closest(SKIP) && visible(b) && !b.querySelector(BLOCKS));
  return blocks.flatMap(block => sentencesOf(block.textContent).map(s => ({ ...s, block })));
}

/** A DOM range over characters start..end of element's text. */
function rangeOf(element, start, end) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue.length;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }

    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }

    offset += length;
  }

  return null;
}

function button(text, extraClass) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'govuk-button govuk-button--secondary sc-read-aloud__button ' + (extraClass || '');
  b.textContent = text;
  return b;
}

function englishVoice(voices) {
  return voices.find(v => v.lang === 'en-GB' && v.localService)
    || voices.find(v => v.lang === 'en-GB')
    || voices.find(v => (v.lang || '').startsWith('en'))
    || voices.find(v => v.default)
    || voices[0];
}

/** The voices, waiting up to a second for them: Chrome loads its list after the page. */
function voicesSoon(synth) {
  const now = synth.getVoices();
  if (now.length > 0) {
    return Promise.resolve(now);
  }

  return new Promise(resolve => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    synth.addEventListener?.('voiceschanged', done);
    setTimeout(done, 1000);
  });
}

function initOne(control) {
  const root = document.querySelector(control.dataset.readAloudRoot || 'main');
  const synth = window.speechSynthesis;
  const status = document.createElement('p');
  status.className = 'govuk-body sc-read-aloud__status';
  status.setAttribute('role', 'status');
  control.hidden = false;

  if (!root || !synth || typeof window.SpeechSynthesisUtterance !== 'function') {
    status.textContent = 'This browser cannot read the page aloud. Ask someone to read it with you.';
    control.append(status);
    control.dataset.readAloudState = 'unsupported';
    return;
  }

  const start = button('Read this to me', 'sc-read-aloud__start');
  start.insertAdjacentHTML('afterbegin', '<svg class="sc-read-aloud__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M3 9v6h4l5 5V4L7 9H3z" fill="currentColor"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>');
  const pause = button('Pause', 'sc-read-aloud__pause');
  const stop = button('Stop', 'sc-read-aloud__stop');
  const buttons = document.createElement('div');
  buttons.className = 'govuk-button-group sc-read-aloud__buttons';
  buttons.append(start, pause, stop);
  control.append(buttons, status);

  const highlights = window.CSS && CSS.highlights && typeof window.Highlight === 'function' ? CSS.highlights : null;
  let run = 0;
  let sentences = [];
  let index = 0;
  let voice = null;
  let state = 'idle';

  const show = next => {
    state = next;
    control.dataset.readAloudState = next;
    start.hidden = next === 'reading' || next === 'paused';
    pause.hidden = next !== 'reading' && next !== 'paused';
    stop.hidden = pause.hidden;
    pause.textContent = next === 'paused' ? 'Carry on' : 'Pause';
  };

  const clearHighlight = () => {
    document.querySelectorAll('.sc-read-aloud-current').forEach(e => e.classList.remove('sc-read-aloud-current'));
    highlights?.delete(HIGHLIGHT);
    control.removeAttribute('data-read-aloud-sentence');
  };

  const highlight = sentence => {
    clearHighlight();
    sentence.block.classList.add('sc-read-aloud-current');
    control.dataset.readAloudSentence = sentence.text;
    const range = highlights ? rangeOf(sentence.block, sentence.start, sentence.end) : null;
    if (range) {
      highlights.set(HIGHLIGHT, new Highlight(range));
    }

    const box = sentence.block.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      sentence.block.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };

  const finish = text => {
    clearHighlight();
    show('idle');
    status.textContent = text;
  };

  const speakFrom = (i, id) => {
    if (id !== run) {
      return;
    }

    if (i >= sentences.length) {
      finish('Finished reading.');
      return;
    }

    index = i;
    const sentence = sentences[i];
    highlight(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = 'en-GB';
    utterance.rate = 0.9;
    if (voice && window.SpeechSynthesisVoice && voice instanceof SpeechSynthesisVoice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }

    utterance.onend = () => speakFrom(i + 1, id);
    utterance.onerror = event => {
      if (id === run && event?.error !== 'interrupted' && event?.error !== 'canceled') {
        run++;
        finish('Reading stopped: the browser could not speak.');
      }
    };
    synth.speak(utterance);
  };

  start.addEventListener('click', async () => {
    const voices = await voicesSoon(synth);
    if (voices.length === 0) {
      status.textContent = 'This browser has no voice to read aloud. Ask someone to read it with you.';
      control.dataset.readAloudState = 'no-voice';
      return;
    }

    voice = englishVoice(voices);
    sentences = collect(root);
    run++;
    synth.cancel();
    show('reading');
    status.textContent = 'Reading aloud.';
    speakFrom(0, run);
    pause.focus();
  });

  pause.addEventListener('click', () => {
    if (state === 'reading') {
      synth.pause();
      show('paused');
      status.textContent = 'Paused.';
    } else if (state === 'paused') {
      synth.resume();
      show('reading');
      status.textContent = 'Reading aloud.';
    }
  });

  stop.addEventListener('click', () => {
    run++;
    synth.cancel();
    finish('Stopped.');
    start.focus();
  });

  window.addEventListener('pagehide', () => {
    run++;
    synth.cancel();
  });

  show('idle');
  return { get index() { return index; } };
}

export function initReadAloud(scope = document) {
  scope.querySelectorAll('[data-module="sc-read-aloud"]').forEach(initOne);
}
