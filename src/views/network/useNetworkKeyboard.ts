import { useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/react';
import { term } from '../../i18n/terms';
import { nearestInDirection, startNode, type Direction } from '../../scene/keyboardNav';
import type { NetworkScene } from '../../scene/networkScene';
import { atlasStore } from '../../store';

const ARROWS: Partial<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const PAN_STEP = 80;

interface Controls {
  panBy(dx: number, dy: number): void;
  zoomBy(factor: number): void;
  reveal(id: string): void;
}

/**
 * The network by keyboard. Arrow keys move a focus to the nearest node that way (drawn lit, as
 * under the pointer, and announced with its name, type and number of ties); Enter or Space
 * selects it; Escape leaves it. Shift+arrows pan, + and − zoom, 0 fits everything.
 */
export function useNetworkKeyboard(scene: NetworkScene, camera: Controls) {
  const t = useT();
  const helpId = useId();
  const [said, setSaid] = useState('');
  const focus = useRef<string | null>(null);

  // Each node's ties in the scene, counted once per scene (not once per node per key press).
  const ties = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of scene.edges) {
      count.set(e.source, (count.get(e.source) ?? 0) + 1);
      count.set(e.target, (count.get(e.target) ?? 0) + 1);
    }
    return count;
  }, [scene]);
  const tiesOf = (id: string) => ties.get(id) ?? 0;
  const moveTo = (id: string) => {
    focus.current = id;
    atlasStore.getState().setHovered(id);
    camera.reveal(id);
    const node = scene.nodes.find((n) => n.id === id);
    if (node)
      setSaid(
        t('network.focused', { name: node.title, type: term('type', node.type), ties: tiesOf(id) }),
      );
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const direction = ARROWS[e.key];
    if (direction && e.shiftKey) {
      const d = { left: [1, 0], right: [-1, 0], up: [0, 1], down: [0, -1] }[direction];
      camera.panBy(d[0] * PAN_STEP, d[1] * PAN_STEP);
    } else if (direction) {
      const current = focus.current && scene.nodes.find((n) => n.id === focus.current);
      const next = current
        ? nearestInDirection(scene.nodes, current, direction)
        : startNode(scene.nodes, tiesOf, atlasStore.getState().focus);
      if (next) moveTo(next);
      else if (current) setSaid(t('network.noneThatWay'));
    } else if ((e.key === 'Enter' || e.key === ' ') && focus.current) {
      const s = atlasStore.getState();
      if (s.connectFrom) s.completeConnect(focus.current);
      else s.select(focus.current === s.focus ? null : focus.current);
    } else if (e.key === '+' || e.key === '=') camera.zoomBy(1.25);
    else if (e.key === '-' || e.key === '_') camera.zoomBy(0.8);
    else if (e.key === '0') atlasStore.getState().fit();
    else if (e.key === 'Escape' && focus.current) {
      focus.current = null;
      atlasStore.getState().setHovered(null);
      setSaid('');
      // The selection stays; a second Escape (handled by the page) clears it.
      e.stopPropagation();
      return;
    } else return;
    e.preventDefault();
  };

  const onBlur = () => {
    if (focus.current) atlasStore.getState().setHovered(null);
    focus.current = null;
  };
  return { helpId, said, onKeyDown, onBlur };
}
