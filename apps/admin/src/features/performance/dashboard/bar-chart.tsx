import { formatDecimal } from '../common/decimal-text';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

export interface BarChartProps {
  bars: readonly Bar[];
  /** The value of a full bar. */
  max: number;
  /** Read by assistive technology, e.g. «امتیاز کل دستگاه‌ها». */
  title: string;
  unit?: string;
}

const ROW = 34;
const LABEL = 220;
const WIDTH = 720;
const VALUE = 70;

/** Horizontal bars in plain SVG (no chart library): one row per item, the label on the right. */
export function BarChart({ bars, max, title, unit = '' }: BarChartProps) {
  const plot = WIDTH - LABEL - VALUE;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH, direction: 'rtl' }}
      data-testid="bar-chart"
    >
      <title>{title}</title>
      {bars.map((bar, index) => {
        const share = max > 0 ? Math.min(1, Math.max(0, bar.value / max)) : 0;
        const y = index * ROW;
        const length = share * plot;
        const right = WIDTH - LABEL;
        return (
          <g key={bar.key}>
            <text x={WIDTH - 4} y={y + ROW / 2 + 5} textAnchor="start" fontSize={13} fill="#262626">
              {bar.label}
            </text>
            <rect x={right - plot} y={y + 8} width={plot} height={ROW - 16} rx={3} fill="#f0f0f0" />
            <rect x={right - length} y={y + 8} width={length} height={ROW - 16} rx={3} fill="#1677ff" />
            <text x={right - plot - 6} y={y + ROW / 2 + 5} textAnchor="end" fontSize={13} fill="#595959">
              {`${formatDecimal(bar.value, 2)}${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
