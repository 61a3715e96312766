// source viewer: scroll the cited span into the middle of its box whenever the viewer changes
watch('value', () => {
  const body = element.querySelector('.src-body');
  const m = element.querySelector('.cited');
  if (body && m) body.scrollTop = Math.max(0, m.offsetTop - body.offsetTop - body.clientHeight / 3);
});
