// Counts an exam's time left down in the page. Progressive enhancement only: the server owns the
// deadline and submits the exam at it; without this script the page shows the time as of loading.
// At zero the page is loaded again, which leads to the result once the server has submitted.

const timer = document.querySelector('.timer[data-seconds-left]');
const announcer = document.getElementById('timer-announcer');
// Screen readers hear the time at these marks (seconds left) instead of every second.
const MARKS = [30 * 60, 10 * 60, 5 * 60, 60];
const LOW = 5 * 60;

/** The same words as the server renders (AttemptPages.timeLeft). */
function words(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${m} min left`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s left`;
  return `${s} s left`;
}

function start(el) {
  const initial = Number.parseInt(el.dataset.secondsLeft, 10);
  if (!Number.isFinite(initial)) return;
  const endsAt = Date.now() + initial * 1000;
  const reloadTo = el.dataset.reload || window.location.pathname;
  const pending = new Set(MARKS.filter((mark) => mark < initial));
  let handle = null;

  const tick = () => {
    const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    if (left === 0) {
      clearInterval(handle);
      el.textContent = 'Time is up — submitting…';
      el.classList.add('low');
      if (announcer) announcer.textContent = 'Time is up. The exam is being submitted.';
      // A moment's grace so the server's clock has passed the deadline too.
      setTimeout(() => window.location.assign(reloadTo), 1500);
      return;
    }
    el.textContent = words(left);
    el.classList.toggle('low', left < LOW);
    for (const mark of pending) {
      if (left <= mark) {
        pending.delete(mark);
        if (announcer) announcer.textContent = words(left);
      }
    }
  };

  handle = setInterval(tick, 1000);
  tick();
}

if (timer) start(timer);
