import { estimate } from '../domain/estimate';
import { DEFAULT_SCENARIO } from '../domain/scenario';

export function App() {
  const result = estimate(DEFAULT_SCENARIO);
  return (
    <main>
      <h1>LLM GPU memory calculator</h1>
      <p data-testid="summary">
        {result.scenario.model.name}: {(result.params.total / 1e9).toFixed(2)} billion parameters.
      </p>
    </main>
  );
}
