// library table: a click on a row selects that report
element.addEventListener('click', (e) => {
  const r = e.target.closest('tr[data-doc]');
  if (r) trigger('click', {doc: r.dataset.doc});
});
