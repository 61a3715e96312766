() => {
  // a new answer goes where the user looks: the chat scrolled to its end, the answer in view
  const log = document.querySelector('#chat .bubble-wrap') || document.querySelector('#chat [role="log"]');
  if (log) log.scrollTop = log.scrollHeight;
  const bots = document.querySelectorAll('#chat .message.bot');
  const last = bots[bots.length - 1];
  if (last) last.scrollIntoView({block: 'nearest'});
  return [];
}
