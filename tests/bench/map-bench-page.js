// What the map bench measures inside a page (the app's and the bare one alike), added before the page's own scripts.
/* global window, document, requestAnimationFrame, WheelEvent, MouseEvent, Worker */

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.dealmapBench = {
  /** Clicks a selector (the app's deal row) or renders given elements (bare), until every card and edge is drawn. */
  async drawnAfter({ start, nodes, edges, counts }) {
    const tasks = [];
    let observer = null;
    try {
      observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
      observer.observe({ type: 'longtask' });
    } catch {
      observer = null;
    }
    const begin = performance.now();
    if (typeof start === 'string') document.querySelector(start).click();
    else window.bareMap.render(start.nodes, start.edges);
    for (;;) {
      await nextFrame();
      // React Flow hides a node until it has measured it; edges follow measured nodes.
      const shown = [...document.querySelectorAll(nodes)].filter((node) => node.style.visibility !== 'hidden').length;
      if (shown >= counts[0] && document.querySelectorAll(edges).length >= counts[1]) break;
    }
    // The frame that shows them is painted once this one ends.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ms = performance.now() - begin;
    observer?.takeRecords().forEach((entry) => tasks.push(entry.duration));
    observer?.disconnect();
    return { ms, longestTask: Math.max(0, ...tasks) };
  },

  /** Frames per second while a script drags the pane around (first half) and zooms in and out with the wheel. */
  async framesDuringPanZoom(ms) {
    const pane = document.querySelector('.react-flow__pane');
    const box = pane.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const mouse = (type, x, y, target) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, view: window }));
    let frames = 0;
    let down = false;
    const begin = performance.now();
    for (;;) {
      const now = await new Promise((resolve) => requestAnimationFrame(resolve));
      const t = now - begin;
      if (t >= ms) break;
      frames += 1;
      if (t < ms / 2) {
        if (!down) mouse('mousedown', cx, cy, pane);
        down = true;
        mouse('mousemove', cx + 220 * Math.sin(t / 180), cy + 140 * Math.sin(t / 260), window);
      } else {
        if (down) mouse('mouseup', cx, cy, window);
        down = false;
        const inward = Math.floor((t - ms / 2) / 250) % 2 === 0;
        pane.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy, deltaY: inward ? -40 : 40, deltaMode: 0 }));
      }
    }
    return frames / ((performance.now() - begin) / 1000);
  },

  /** Round trips to a fresh copy of the app's map worker: ELK layouts (first cold), then arrow routings. */
  async workerRoundTrips({ url, deal, runs }) {
    const worker = new Worker(url, { type: 'module' });
    let next = 1;
    const ask = (task) =>
      new Promise((resolve, reject) => {
        const id = next++;
        const onMessage = (event) => {
          if (event.data.id !== id) return;
          worker.removeEventListener('message', onMessage);
          if ('error' in event.data) reject(new Error(event.data.error));
          else resolve(event.data);
        };
        worker.addEventListener('message', onMessage);
        worker.postMessage({ ...task, id });
      });
    const timed = async (task) => {
      const begin = performance.now();
      const answer = await ask(task);
      return { ms: performance.now() - begin, answer };
    };
    const layoutTask = { kind: 'layout', deal: { stakeholders: deal.stakeholders, relations: deal.relations } };
    const cold = await timed(layoutTask);
    const layout = [];
    for (let run = 0; run < runs; run += 1) layout.push((await timed(layoutTask)).ms);
    const requests = deal.relations
      .filter((r) => r.from !== r.to)
      .map((r) => (r.kind === 'reports-to' ? { id: r.id, from: r.to, to: r.from } : { id: r.id, from: r.from, to: r.to }));
    const route = [];
    for (let run = 0; run < runs; run += 1) route.push((await timed({ kind: 'route', positions: cold.answer.positions, requests })).ms);
    worker.terminate();
    return { layoutCold: cold.ms, layout, route };
  },
};
