() => {
  // unavailable answer engines cannot be chosen (the reason is in the engine details)
  const disableEngines = () => {
    document.querySelectorAll('#engine label').forEach((l) => {
      const off = /（不可用）|\(unavailable\)/.test(l.textContent);
      const input = l.querySelector('input');
      if (input && input.disabled !== off) input.disabled = off;
      if (l.classList.contains('engine-off') !== off) l.classList.toggle('engine-off', off);
      const title = off ? (document.documentElement.lang === 'en' ? 'unavailable: see the engine details' : '不可用：原因见引擎状态说明') : '';
      if (l.title !== title) l.title = title;
    });
  };
  // the interface language on <html lang>, and .ui-en on #upload, so CSS can re-label Gradio's own texts
  const syncLang = () => {
    const checked = document.querySelector('#ui-lang input:checked');
    if (!checked) return;
    const en = checked.value === 'en';
    if (document.documentElement.lang !== (en ? 'en' : 'zh-CN')) document.documentElement.lang = en ? 'en' : 'zh-CN';
    document.querySelectorAll('#upload').forEach((u) => { if (u.classList.contains('ui-en') !== en) u.classList.toggle('ui-en', en); });
  };
  new MutationObserver(() => { disableEngines(); syncLang(); })
    .observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['checked']});
  document.addEventListener('change', () => { disableEngines(); syncLang(); }, true);
  // and a click on one is refused even if the page re-rendered the radio in between
  document.addEventListener('click', (e) => {
    const l = e.target.closest('#engine label.engine-off');
    if (l) { e.preventDefault(); e.stopPropagation(); }
  }, true);
  disableEngines(); syncLang();
  setInterval(() => { disableEngines(); syncLang(); }, 500);  // a re-rendered radio is disabled again
}
