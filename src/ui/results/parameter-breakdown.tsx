import { useId, useMemo } from 'react';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { findModelPreset } from '../../domain/presets/models';
import { ScrollTable } from '../primitives/scroll-table';
import { parameterRows, type ParameterRow } from './parameter-rows';
import './results.css';

function Row({ row }: { row: ParameterRow }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      <td>{row.exact}</td>
      <td>{row.short}</td>
      <td>{row.share}</td>
    </tr>
  );
}

/** What the model's parameters are made of, counted from its architecture. */
export function ParameterBreakdown() {
  const result = useMemoryEstimate();
  const headingId = useId();
  const e = result.ok ? result.estimate : null;
  const table = useMemo(() => (e ? parameterRows(e.params) : null), [e]);
  if (!e || !table) return null;
  const s = e.scenario;
  const published = s.modelPresetId ? findModelPreset(s.modelPresetId)?.publishedParams : undefined;
  const components = table.rows.filter((row) => row.key !== 'total' && row.key !== 'active');
  const totals = table.rows.filter((row) => row.key === 'total' || row.key === 'active');

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Parameters</h2>
      <ScrollTable caption={`Parameters of ${s.model.name} by component`}>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Parameters</th>
            <th scope="col">Approx.</th>
            <th scope="col">Share of total</th>
          </tr>
        </thead>
        <tbody>
          {components.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
        <tfoot className="results-totals">
          {totals.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tfoot>
      </ScrollTable>
      {table.omitted.length > 0 && (
        <p className="muted">
          None in this model: {table.omitted.join(', ')}
          {s.model.tiedEmbeddings ? ' (the output head reuses the token embeddings)' : ''}.
        </p>
      )}
      {published && <p className="muted">Published: {published}.</p>}
    </section>
  );
}
