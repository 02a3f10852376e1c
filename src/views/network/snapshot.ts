import type { Dataset } from '../../domain';
import type { Positions } from '../../layout/forceLayout';
import type { VisibleGraph } from '../../model';
import type { Transform } from '../../render/NetworkSvg';
import type { SceneOptions } from '../../scene/networkScene';

/** What the network view last drew, so export can draw the same scene from the same inputs. */
export interface NetworkSnapshot {
  dataset: Dataset;
  graph: VisibleGraph;
  positions: Positions;
  sceneOptions: SceneOptions;
  transform: Transform;
  width: number;
  height: number;
}

let latest: NetworkSnapshot | null = null;

export function registerNetworkSnapshot(snapshot: NetworkSnapshot) {
  latest = snapshot;
}

export const latestNetworkSnapshot = (): NetworkSnapshot | null => latest;
