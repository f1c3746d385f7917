import { Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { countdownText } from '../hajj-labels';

/** The time left to confirm a pre-registration at the caravan, ticking every second. */
export function HoldCountdown({ until }: { until: string }) {
  const end = Date.parse(until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = end - now;
  return (
    <div data-testid="hold-countdown">
      <Statistic
        title="زمان باقی‌مانده برای مراجعه به کاروان"
        value={left > 0 ? countdownText(left) : 'مهلت پایان یافت'}
        valueStyle={{ color: left > 3_600_000 ? undefined : '#cf1322' }}
      />
    </div>
  );
}
