// The first chart after unlock paid for compiling the chart library's code on the spot: the
// Auswertung's first chart took 200 ms, the same chart on the next visit 60 ms. A small chart drawn
// once out of sight, in the background after unlock, takes that cost where nobody waits for it.
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { nextBackgroundTask } from '../data/backgroundTask';

const DATA = [
  { label: 'Jan', a: 3, b: 2, previous: 4 },
  { label: 'Feb', a: 5, b: 1, previous: 3 },
];

export async function warmUpCharts(): Promise<void> {
  await nextBackgroundTask();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: '320px',
    height: '200px',
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(host);
  const root = createRoot(host);
  try {
    // A transition: React draws it in slices between other work.
    await new Promise<void>((drawn) => {
      setTimeout(drawn, 3000); // (should the chart never draw its svg)
      startTransition(() =>
        root.render(
          <ComposedChart width={300} height={180} data={DATA} ref={() => drawn()}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="a" stackId="s" isAnimationActive={false} />
            <Bar dataKey="b" stackId="s" isAnimationActive={false} />
            <Line dataKey="previous" isAnimationActive={false} />
          </ComposedChart>,
        ),
      );
    });
    // Its own updates after measuring, too.
    for (let i = 0; i < 3; i++) await nextBackgroundTask();
  } finally {
    root.unmount();
    host.remove();
  }
}
