import { selectUrlState, type AtlasStoreApi } from './store';
import { formatUrlState, parseUrlState } from './urlState';

/**
 * Mirror the shareable state to the address bar. Each deliberate step (a filter, a selection)
 * becomes a history entry so Back undoes it; typing in the search box only replaces the entry.
 */
export function startUrlSync(store: AtlasStoreApi, win: Window = window): () => void {
  const { state, notices } = parseUrlState(win.location.search);
  store.getState().applyUrlState(state);
  if (notices.length) store.getState().addNotices(notices);
  let last = formatUrlState(selectUrlState(store.getState()));
  win.history.replaceState(null, '', `${win.location.pathname}${last}${win.location.hash}`);

  const unsubscribe = store.subscribe((s, prev) => {
    const next = formatUrlState(selectUrlState(s));
    if (next === last) return;
    const onlyQueryChanged = formatUrlState({ ...selectUrlState(prev), q: s.q }) === next;
    last = next;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (onlyQueryChanged) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });

  const onPop = () => {
    const parsed = parseUrlState(win.location.search);
    last = formatUrlState(parsed.state);
    store.getState().applyUrlState(parsed.state);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
