// citation cards: a click (or Enter / Space) on a card opens its source.
// [n] markers in the chat: a click opens card n of that answer (the answer's turn is sent along).
const hit = (e) => e.target.closest('[data-n]');
element.addEventListener('click', (e) => {
  if (e.target.closest('details')) return;  // the "original text" toggle inside a card
  const c = hit(e); if (c) trigger('click', {n: parseInt(c.dataset.n)});
});
element.addEventListener('keydown', (e) => {
  const c = hit(e);
  if (c && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); trigger('click', {n: parseInt(c.dataset.n)}); }
});
if (!window.__govqaRefs) {
  window.__govqaRefs = true;
  // the sanitizer keeps classes, not data attributes: the number is the marker's own text
  const turnOf = (el) => Math.max(1, [...document.querySelectorAll('#chat .message.bot')].indexOf(el.closest('.message.bot')) + 1);
  document.addEventListener('click', (e) => {
    const ref = e.target.closest('#chat .cite-ref');
    if (ref) {
      e.stopPropagation(); e.preventDefault();
      trigger('click', {n: parseInt(ref.textContent.replace(/\D/g, '')), turn: turnOf(ref)});
      const panel = document.querySelector('#cards');
      if (panel && window.innerWidth < 900) panel.scrollIntoView({block: 'start', behavior: 'smooth'});
      return;
    }
    const clear = e.target.closest('#chat .clear-ask');
    if (clear) {
      e.stopPropagation(); e.preventDefault();
      const users = document.querySelectorAll('#chat .message.user');
      const q = (users[turnOf(clear) - 1] || {innerText: ''}).innerText.trim();
      document.querySelector('#clear-filters').click();
      setTimeout(() => {
        const box = document.querySelector('#question textarea');
        box.value = q; box.dispatchEvent(new Event('input', {bubbles: true}));
        setTimeout(() => document.querySelector('#ask').click(), 200);
      }, 500);
    }
  }, true);
}
// a table grid wider than its card: scroll it so the cited cell is in view
watch('value', () => {
  element.querySelectorAll('.grid-wrap').forEach((g) => {
    const cell = g.querySelector('.cell-cited');
    if (cell) g.scrollLeft = Math.max(0, cell.offsetLeft - g.clientWidth + cell.offsetWidth + 8);
  });
});
