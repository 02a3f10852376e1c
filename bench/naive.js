/* global d3, MessageChannel, URLSearchParams, requestAnimationFrame, fetch */
// The textbook d3-force page the atlas is compared with: one SVG element per node and per edge,
// every element's attributes rewritten on every tick, d3-zoom on the whole drawing.
// It sets the same performance marks as the app so both are measured the same way.

const svg = d3.select('#naive');
const width = window.innerWidth;
const height = window.innerHeight;
const viewport = svg.append('g');

/** After the next paint: a rAF callback runs before paint, a message posted from it after. */
function afterPaint(callback) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(null);
  });
}

async function main() {
  const url = new URLSearchParams(window.location.search).get('data');
  if (!url) throw new Error('naive.html needs ?data=<dataset url>');
  const doc = await (await fetch(url)).json();
  const nodes = doc.nodes.map((n) => ({ id: n.id, type: n.type }));
  const links = doc.edges.map((e) => ({ source: e.source, target: e.target }));

  const simulation = d3
    .forceSimulation(nodes)
    .force(
      'link',
      d3.forceLink(links).id((d) => d.id),
    )
    .force('charge', d3.forceManyBody())
    .force('center', d3.forceCenter(width / 2, height / 2));

  const line = viewport.append('g').selectAll('line').data(links).join('line');
  const circle = viewport
    .append('g')
    .selectAll('circle')
    .data(nodes)
    .join('circle')
    .attr('r', 4)
    .attr('class', (d) => d.type);

  const draw = () => {
    line
      .attr('x1', (d) => d.source.x)
      .attr('y1', (d) => d.source.y)
      .attr('x2', (d) => d.target.x)
      .attr('y2', (d) => d.target.y);
    circle.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
  };
  draw();
  afterPaint(() => performance.mark('graph:first-render'));

  let settled = false;
  simulation.on('tick', draw).on('end', () => {
    if (settled) return;
    settled = true;
    performance.mark('graph:layout-settled');
  });

  svg.call(
    d3
      .zoom()
      .scaleExtent([0.05, 8])
      .on('zoom', (event) => viewport.attr('transform', event.transform)),
  );

  // The benchmark pans and zooms while the simulation ticks, which is when this design is costly.
  window.naiveBench = {
    reheat: (alpha = 1) => simulation.alpha(alpha).restart(),
    alpha: () => simulation.alpha(),
  };
}

main().catch((error) => {
  document.body.textContent = `naive baseline failed: ${error.message}`;
  throw error;
});
