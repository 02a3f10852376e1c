/** How the network's nodes are sized and coloured, when not by their ties and main function. */
export interface NodeLookOptions {
  /** A measure per node id: nodes are sized by it (relative to the largest shown). */
  size: Readonly<Record<string, number>> | null;
  /** A community per node id: nodes are coloured by it. */
  community: Readonly<Record<string, number>> | null;
}

export const PLAIN_LOOK: NodeLookOptions = { size: null, community: null };
