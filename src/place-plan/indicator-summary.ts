/**
 * An indicator in words: its numbers formatted by unit for the page's language, and the one-sentence
 * summary each chart carries ("Down from 24% in 2021 to 19% in 2025; target 15% by 2030.").
 */
import type { Indicator } from '../feed/domain/types.js';
import { formatDate, formatMoney, formatNumber, msg, str } from '../ui/localize.js';
import { sortedValues } from './progress.js';

/** A value as its unit reads: "19%", "1,250", "£412,000", "8.4 per 1,000 people". */
export function formatValue(indicator: Indicator, value: number): string {
  switch (indicator.unit) {
    case 'percent':
      return formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
    case 'currency':
      // Under a penny would read as "£0.00": shown to two significant figures instead ("£0.0042").
      return value !== 0 && Math.abs(value) < 0.01
        ? formatNumber(value, { style: 'currency', currency: 'GBP', maximumSignificantDigits: 2 })
        : formatMoney(value);
    case 'rate': {
      const number = formatNumber(value, { maximumFractionDigits: 2 });
      const label = indicator.unit_label?.trim();
      return label ? msg(str`${number} ${label}`) : number;
    }
    default:
      return formatNumber(value, { maximumFractionDigits: 2 });
  }
}

/** The sentence that stands for the chart. */
export function summaryOf(indicator: Indicator): string {
  const values = sortedValues(indicator);
  const start = indicator.baseline ?? values[0];
  const latest = values[values.length - 1];
  const target = indicator.target;
  const targetText = target ? msg(str`target ${formatValue(indicator, target.value)} by ${formatDate(target.date)}`) : '';
  let trend: string;
  if (!latest || !start) {
    trend = msg('No figures reported yet');
  } else {
    const from = formatValue(indicator, start.value);
    const fromDate = formatDate(start.date);
    const to = formatValue(indicator, latest.value);
    const toDate = formatDate(latest.date);
    if (start.date === latest.date && start.value === latest.value) trend = msg(str`${to} in ${toDate}`);
    else if (latest.value > start.value) trend = msg(str`Up from ${from} in ${fromDate} to ${to} in ${toDate}`);
    else if (latest.value < start.value) trend = msg(str`Down from ${from} in ${fromDate} to ${to} in ${toDate}`);
    else trend = msg(str`Unchanged at ${to} from ${fromDate} to ${toDate}`);
  }
  return targetText ? msg(str`${trend}; ${targetText}.`) : msg(str`${trend}.`);
}
