import { CostCard } from './cost-card';
import { ExportCard } from './export-card';
import { FitCard } from './fit-card';
import { SpeedCard } from './speed-card';
import '../charts/charts.css';
import './planning.css';

/** Planning answers: what fits, how fast it runs and how long training takes, and the report to hand on. */
export function PlanningSection() {
  return (
    <div className="planning">
      <FitCard />
      <SpeedCard />
      <CostCard />
      <ExportCard />
    </div>
  );
}
