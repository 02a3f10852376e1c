import type { Transform } from '../../render/NetworkSvg';
import type { NetworkScene } from '../../scene/networkScene';

export interface NetworkSnapshot {
  scene: NetworkScene;
  transform: Transform;
  width: number;
  height: number;
}

let latest: NetworkSnapshot | null = null;

/** The network view records what it last drew, so export can draw the same scene. */
export function registerNetworkSnapshot(scene: NetworkScene, transform: Transform, width: number, height: number) {
  latest = { scene, transform, width, height };
}

export const latestNetworkSnapshot = (): NetworkSnapshot | null => latest;
