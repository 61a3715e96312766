// filter chips: a click on × clears that filter
element.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-chip]');
  if (b) trigger('click', {chip: b.dataset.chip});
});
