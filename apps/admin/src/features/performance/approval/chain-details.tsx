import { formatJalaliDateTime } from '@pishkhan/fa-format';
import { Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import type { ChainEventKind, ReviewIndicatorsQuery } from '../../../gql/graphql';
import { formatDecimal } from '../common/decimal-text';
import { personLabel } from '../common/person-name';
import { EvidenceLinks } from '../evidence/evidence-links';

type Indicator = ReviewIndicatorsQuery['indicators']['items'][number];
type HistoryEvent = Indicator['history'][number];

/** A referral of the chain as far as its entry goes, at any depth. */
interface ChainNode {
  id: string;
  province: string | null;
  assignee: { firstName: string; lastName: string; post?: string | null };
  entry?: {
    value?: string | null;
    description?: string | null;
    keyObstacles?: string | null;
    improvementMeasures?: string | null;
    partnerPerformance?: string | null;
    evidenceFiles: ReadonlyArray<{ id: string; name: string; sizeBytes: number }>;
  } | null;
  children?: readonly ChainNode[] | null;
}

/** The entries recorded in a chain (at its leaves), each with the person and province it is from, in chain order. */
export function chainEntries(nodes: readonly ChainNode[]): Array<{ node: ChainNode; entry: NonNullable<ChainNode['entry']> }> {
  return nodes.flatMap((node) => {
    const below = node.children ?? [];
    if (below.length > 0) return chainEntries(below);
    return node.entry ? [{ node, entry: node.entry }] : [];
  });
}

const person = (someone: { firstName: string; lastName: string } | null | undefined) =>
  someone ? `${someone.firstName} ${someone.lastName}` : 'کاربری';

/** One step of the chain as a Persian sentence. */
export function historySentence(event: Pick<HistoryEvent, 'kind' | 'actor' | 'assignee' | 'province' | 'reason'>): string {
  const actor = person(event.actor);
  const to = `${person(event.assignee)}${event.province ? ` (استان ${event.province})` : ''}`;
  const sentences: Record<ChainEventKind, string> = {
    REFERRED: `${actor} شاخص را به ${to} ارجاع داد`,
    ENTRY_SAVED: `${actor} عملکرد را ذخیره کرد`,
    FINISHED: `${actor} اتمام عملیات کرد و عملکرد را برای سطح بالاتر فرستاد`,
    RETURNED: `${actor} عملکرد را برای اصلاح به ${to} بازگرداند؛ علت: ${event.reason ?? '—'}`,
    APPROVED: `${actor} عملکرد شاخص را تأیید نهایی کرد`,
    EVALUATED: `${actor} شاخص را ارزیابی کرد`,
  };
  return sentences[event.kind];
}

export interface ChainDetailsProps {
  indicator: Indicator;
}

/**
 * What the lead evaluator approves: every entry of the chain as its author left it (value,
 * description, obstacles, improvement measures, evidence files by name and size), and the chain's
 * history with who returned what and why. Saving a draft is left out of the history.
 */
export function ChainDetails({ indicator }: ChainDetailsProps) {
  const entries = chainEntries(indicator.topReferrals);
  const steps = indicator.history.filter((event) => event.kind !== 'ENTRY_SAVED');
  return (
    <Flex vertical gap="middle" data-testid="chain-details">
      {entries.map(({ node, entry }) => (
        <Card
          key={node.id}
          size="small"
          title={`عملکرد ثبت‌شدهٔ ${personLabel(node.assignee)}${node.province ? ` — استان ${node.province}` : ''}`}
          data-testid="chain-entry"
        >
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'value', label: 'عملکرد', children: `${formatDecimal(entry.value ?? null)} ${indicator.unitOfMeasure}` },
              { key: 'description', label: 'توضیحات عملکرد', children: entry.description ?? '—' },
              { key: 'obstacles', label: 'موانع کلیدی در راه اجرای کامل شاخص یا ذکر دلایل', children: entry.keyObstacles ?? '—' },
              { key: 'measures', label: 'راهکارهای بهبود برای نیل به اهداف', children: entry.improvementMeasures ?? '—' },
              ...(entry.partnerPerformance
                ? [{ key: 'partners', label: 'عملکرد دستگاه‌های همکار', children: entry.partnerPerformance }]
                : []),
              { key: 'evidence', label: 'مستندات', children: <EvidenceLinks files={entry.evidenceFiles} /> },
            ]}
          />
        </Card>
      ))}
      <Card size="small" title="سابقهٔ زنجیرهٔ ارجاع" data-testid="chain-history">
        {steps.length === 0 ? (
          <Typography.Text type="secondary">سابقه‌ای ثبت نشده است</Typography.Text>
        ) : (
          <Timeline
            items={steps.map((event, index) => ({
              key: `${event.at}-${index}`,
              color: event.kind === 'RETURNED' ? 'red' : event.kind === 'FINISHED' ? 'green' : 'blue',
              content: (
                <Flex vertical gap={0}>
                  <Typography.Text>{historySentence(event)}</Typography.Text>
                  <Typography.Text type="secondary">{formatJalaliDateTime(event.at)}</Typography.Text>
                </Flex>
              ),
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}
