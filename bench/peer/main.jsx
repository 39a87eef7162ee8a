// The peer: react-body-highlighter in a small React 19 app, as its README
// shows it (a <Model> with an onClick), with the chosen muscle highlighted and
// named. ?n=10 renders ten of them, each with its own state.
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Model from 'react-body-highlighter';

function BodyMap() {
  const [muscle, setMuscle] = useState(null);
  const onClick = useCallback(({ muscle }) => setMuscle(muscle), []);
  const data = muscle ? [{ name: 'Where it hurts', muscles: [muscle] }] : [];
  return (
    <section className="body-map">
      <Model data={data} onClick={onClick} style={{ width: '15rem', padding: '1rem' }} />
      <p role="status">{muscle ? `You chose: ${muscle}.` : 'Choose where it hurts.'}</p>
    </section>
  );
}

const n = Number(new URLSearchParams(location.search).get('n') ?? 1);
createRoot(document.getElementById('root')).render(
  <StrictMode>
    {Array.from({ length: n }, (_, i) => (
      <BodyMap key={i} />
    ))}
  </StrictMode>,
);
