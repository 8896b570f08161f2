import { formatTable } from './report.ts';
import { benchSupportHour } from './support-hour.ts';

const rows = await benchSupportHour({ seconds: Number(process.env.S ?? 6) });
console.log(formatTable(rows));
process.exit(0);
